import type { Affiliation } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createAffiliation, endAffiliation, fetchMyAffiliations } from './affiliations.api';
import { myAffiliationsKey, organisationKeys, partnershipKeys } from './query-keys';

export function useMyAffiliations() {
  return useQuery({ queryKey: myAffiliationsKey, queryFn: ({ signal }) => fetchMyAffiliations({ signal }) });
}

/**
 * An affiliation changes the person's list, the organisation's counts and people, and which
 * partnerships (and their agreements) the person can see.
 */
function useAfterAffiliationChange() {
  const queryClient = useQueryClient();
  return (affiliation: Affiliation) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: myAffiliationsKey }),
      queryClient.invalidateQueries({ queryKey: organisationKeys.detail(affiliation.organisation.slug) }),
      queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
    ]);
}

export function useCreateAffiliation() {
  const after = useAfterAffiliationChange();
  return useMutation({ mutationFn: createAffiliation, onSuccess: after });
}

/** Used by the person, and by an organisation's administrators for their people. */
export function useEndAffiliation() {
  const after = useAfterAffiliationChange();
  return useMutation({ mutationFn: endAffiliation, onSuccess: after });
}
