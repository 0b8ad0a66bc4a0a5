/** A page of a paged list: page 1 is the bare path, so there is one address for it. */
export function withPage(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}

/** `?page=` as a whole number of at least 1; anything else (an old bookmark) means page 1. */
export function pageFromSearch(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 1 ? page : 1;
}
