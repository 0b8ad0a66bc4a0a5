import type { OrganisationAffiliationQuery, UpdateOrganisationRequest } from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { directoryKeys } from './directory.queries';
import {
  decideAffiliation,
  fetchOrganisation,
  fetchOrganisationAffiliations,
  searchOrganisations,
  updateOrganisation,
} from './organisations.api';
import { organisationKeys } from './query-keys';

export function useOrganisation(slug: string) {
  return useQuery({
    queryKey: organisationKeys.detail(slug),
    queryFn: ({ signal }) => fetchOrganisation(slug, { signal }),
  });
}

/** For the organisation's administrators: pending requests, current people or past people. */
export function useOrganisationAffiliations(slug: string, status: OrganisationAffiliationQuery['status']) {
  return useQuery({
    queryKey: organisationKeys.affiliations(slug, status),
    queryFn: ({ signal }) => fetchOrganisationAffiliations(slug, status, { signal }),
  });
}

/** For pickers: asks only once there is something to search for. */
export function useOrganisationOptions(q: string, enabled: boolean) {
  return useQuery({
    queryKey: organisationKeys.search(q),
    queryFn: ({ signal }) => searchOrganisations(q, { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useUpdateOrganisation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateOrganisationRequest) => updateOrganisation(slug, request),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(slug), organisation);
      // The directory shows the website and phases too.
      return queryClient.invalidateQueries({ queryKey: directoryKeys.all });
    },
  });
}

/** Approving or rejecting moves the request between lists and changes the counts on the page. */
export function useDecideAffiliation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'reject' }) => decideAffiliation(id, decision),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.detail(slug) }),
  });
}
