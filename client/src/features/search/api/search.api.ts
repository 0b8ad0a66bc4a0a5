import {
  searchResultSchema,
  suggestionsSchema,
  type SearchQuery,
  type SearchResult,
  type Suggestions,
} from '@commonroom/contracts';
import { apiGet, type RequestOptions } from '../../../shared/api/api-client';

export type SiteSearch = Omit<SearchQuery, 'page'> & { page: number };

export function fetchSearch({ page, ...rest }: SiteSearch, options?: RequestOptions): Promise<SearchResult> {
  return apiGet('/api/search', searchResultSchema, { ...rest, page: page > 1 ? page : undefined }, options);
}

/** A few of each kind for the header's instant suggestions. */
export function fetchSuggestions(q: string, options?: RequestOptions): Promise<Suggestions> {
  return apiGet('/api/search/suggest', suggestionsSchema, { q }, options);
}
