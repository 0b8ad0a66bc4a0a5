import { PEOPLE_FACETS, peopleSearchQuerySchema, type PeopleFacet, type PeopleFilters } from '@commonroom/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { paths } from '../../../shared/routing/paths';
import { pageFromSearch } from '../../../shared/routing/paging';
import type { PeopleSearch } from '../api/people.api';

/**
 * The people finder's state, all of it in the URL (`?q=physics&phase=secondary&phase=primary`)
 * so a search can be shared and Back undoes a filter. Each facet is checked on its own against
 * the contract, so one stale value drops that facet rather than breaking the page.
 */
export function parsePeopleSearch(params: URLSearchParams): PeopleSearch {
  const q = params.get('q')?.trim().slice(0, 200) || undefined;
  const filters: PeopleFilters = {};
  for (const facet of PEOPLE_FACETS) {
    const values = params
      .getAll(facet)
      .flatMap((value) => value.split(','))
      .filter(Boolean);
    if (values.length === 0) continue;
    const parsed = peopleSearchQuerySchema.shape[facet].safeParse(values);
    if (parsed.success && parsed.data) filters[facet] = parsed.data;
  }
  return { q, filters, page: pageFromSearch(params) };
}

function toSearchParams({ q, filters, page }: PeopleSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const facet of PEOPLE_FACETS) for (const value of filters[facet] ?? []) params.append(facet, value);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** A link to the people finder with this search. */
export function peopleHref(search: PeopleSearch): string {
  const query = toSearchParams(search).toString();
  return query ? `${paths.people}?${query}` : paths.people;
}

/** The search from the URL, with setters that write back to it (and return to page 1). */
export function usePeopleSearchParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useMemo(() => parsePeopleSearch(searchParams), [searchParams]);

  const update = useCallback(
    (change: (current: PeopleSearch) => Omit<PeopleSearch, 'page'>, options: { replace?: boolean } = {}) =>
      setSearchParams((current) => toSearchParams({ ...change(parsePeopleSearch(current)), page: 1 }), {
        replace: options.replace ?? false,
      }),
    [setSearchParams],
  );

  /** Typing replaces the history entry: Back should undo a search, not each keystroke. */
  const setQuery = useCallback(
    (q: string) => update((current) => ({ ...current, q: q || undefined }), { replace: true }),
    [update],
  );

  const toggleFacet = useCallback(
    (facet: PeopleFacet, value: string, checked: boolean) =>
      update((current) => {
        const others = (current.filters[facet] ?? []).filter((selected) => selected !== value);
        return { ...current, filters: { ...current.filters, [facet]: checked ? [...others, value] : others } };
      }),
    [update],
  );

  const clear = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);
  const pageHref = useCallback((page: number) => peopleHref({ ...search, page }), [search]);

  return { search, setQuery, toggleFacet, clear, pageHref };
}
