/** A URL-safe, readable slug: "St Botolph's CE Primary" → "st-botolphs-ce-primary". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Words that are routes beside a slug (`/communities/new`, `/api/organisations/overview`), never slugs. */
const RESERVED = new Set(['new', 'overview', 'settings', 'mine']);

/** The slug of `text`, suffixed -2, -3 … until it is neither in `taken` nor reserved. */
export function uniqueSlug(text: string, taken: ReadonlySet<string>): string {
  const base = slugify(text) || 'untitled';
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
