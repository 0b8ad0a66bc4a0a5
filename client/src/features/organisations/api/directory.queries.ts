import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchDirectoryOverview, fetchOrganisations, type OrganisationSearch } from './directory.api';

/** Query keys in one place, so invalidation after future edits cannot miss one. */
export const directoryKeys = {
  all: ['directory'] as const,
  overview: () => [...directoryKeys.all, 'overview'] as const,
  search: (search: OrganisationSearch) => [...directoryKeys.all, 'search', search] as const,
};

export function useOrganisationSearch(search: OrganisationSearch) {
  return useQuery({
    queryKey: directoryKeys.search(search),
    queryFn: ({ signal }) => fetchOrganisations(search, { signal }),
    // Keep the current results on screen while the next page or filter loads: no flashing.
    placeholderData: keepPreviousData,
  });
}

export function useDirectoryOverview() {
  return useQuery({
    queryKey: directoryKeys.overview(),
    queryFn: ({ signal }) => fetchDirectoryOverview({ signal }),
  });
}
