import { searchDateRangeSchema, searchTypeSchema } from '@commonroom/contracts';
import { paths } from '../../../shared/routing/paths';
import { useFilterSearchParams, type FilterCodec } from '../../../shared/routing/use-filter-search-params';
import { pageFromSearch } from '../../../shared/routing/paging';
import type { SiteSearch } from '../api/search.api';

export type SearchFilterName = 'type' | 'community' | 'date';

/** The search page's state from its URL; a stale value is dropped on its own. */
export function parseSiteSearch(params: URLSearchParams): SiteSearch {
  const community = params.get('community')?.trim();
  return {
    q: params.get('q')?.trim().slice(0, 200) ?? '',
    type: searchTypeSchema.safeParse(params.get('type')).data,
    community: community ? community.slice(0, 120) : undefined,
    date: searchDateRangeSchema.safeParse(params.get('date')).data,
    page: Math.min(pageFromSearch(params), 50),
    exact: params.get('exact') === 'true' || undefined,
  };
}

function toSearchParams(search: Partial<SiteSearch>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['q', 'type', 'community', 'date'] as const) {
    const value = search[name];
    if (value) params.set(name, value);
  }
  if (search.exact) params.set('exact', 'true');
  if (search.page && search.page > 1) params.set('page', String(search.page));
  return params;
}

/** A link to the search page for this search. */
export function searchHref(search: Partial<SiteSearch>): string {
  const query = toSearchParams(search).toString();
  return query ? `${paths.search}?${query}` : paths.search;
}

const SEARCH_CODEC: FilterCodec<SiteSearch> = { parse: parseSiteSearch, toParams: toSearchParams, href: searchHref };

export function useSiteSearchParams() {
  return useFilterSearchParams<SiteSearch, SearchFilterName | 'q'>(SEARCH_CODEC);
}
