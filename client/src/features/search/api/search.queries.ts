import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import { fetchSearch, fetchSuggestions, type SiteSearch } from './search.api';

/** Under the account root: what search finds depends on who asks (their communities). */
export const searchKeys = {
  all: [...accountKeyRoot, 'search'] as const,
  results: (search: SiteSearch) => [...searchKeys.all, 'results', search] as const,
  suggestions: (q: string) => [...searchKeys.all, 'suggest', q] as const,
};

export function useSiteSearch(search: SiteSearch) {
  return useQuery({
    queryKey: searchKeys.results(search),
    queryFn: ({ signal }) => fetchSearch(search, { signal }),
    enabled: search.q.length > 0,
    placeholderData: keepPreviousData,
  });
}

/**
 * Suggestions for `q` (already debounced and at least 2 characters, or ''). Each text is its own
 * query, so an answer that arrives late is stored under its own text and never shown for a newer
 * one; the newer query's request cancels the older (`signal`) as soon as it is no longer watched.
 */
export function useSuggestions(q: string) {
  return useQuery({
    queryKey: searchKeys.suggestions(q),
    queryFn: ({ signal }) => fetchSuggestions(q, { signal }),
    enabled: q.length > 0,
    staleTime: 30_000,
    // While the next answer is on its way, keep the previous list rather than flashing empty.
    placeholderData: keepPreviousData,
  });
}
