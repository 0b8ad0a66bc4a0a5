import type { Agreement, AgreementList, PartnershipDetail } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  addPartnershipMember,
  agreeToVersion,
  createAgreement,
  createPartnership,
  fetchAgreements,
  fetchMyPartnershipSpaces,
  fetchPartnership,
  fetchPartnerships,
  publishAgreementVersion,
  removePartnershipMember,
} from './partnerships.api';
import { organisationKeys, partnershipKeys } from './query-keys';

export function usePartnershipDirectory() {
  return useQuery({
    queryKey: partnershipKeys.directory(),
    queryFn: ({ signal }) => fetchPartnerships({ signal }),
  });
}

/** Only for someone signed in: a visitor belongs to no partnership space. */
export function useMyPartnershipSpaces(enabled: boolean) {
  return useQuery({
    queryKey: partnershipKeys.mine(),
    queryFn: ({ signal }) => fetchMyPartnershipSpaces({ signal }),
    enabled,
  });
}

export function usePartnership(slug: string) {
  return useQuery({
    queryKey: partnershipKeys.detail(slug),
    queryFn: ({ signal }) => fetchPartnership(slug, { signal }),
  });
}

/** Members only: render it only for a viewer who is one (anyone else gets a 404). */
export function useAgreements(slug: string) {
  return useQuery({
    queryKey: partnershipKeys.agreements(slug),
    queryFn: ({ signal }) => fetchAgreements(slug, { signal }),
  });
}

/** The answer is the whole partnership; organisation pages list their partnerships, so refresh those. */
function storePartnership(queryClient: QueryClient, partnership: PartnershipDetail) {
  queryClient.setQueryData(partnershipKeys.detail(partnership.slug), partnership);
  return queryClient.invalidateQueries({ queryKey: organisationKeys.all });
}

export function useCreatePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnership,
    onSuccess: (partnership) => storePartnership(queryClient, partnership),
  });
}

export function useAddPartnershipMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) => addPartnershipMember(slug, organisationId),
    onSuccess: (partnership) => storePartnership(queryClient, partnership),
  });
}

export function useRemovePartnershipMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) => removePartnershipMember(slug, organisationId),
    onSuccess: (partnership) => storePartnership(queryClient, partnership),
  });
}

/** Puts a new or changed agreement into the list without asking for the whole list again. */
function useStoreAgreement(slug: string) {
  const queryClient = useQueryClient();
  return (agreement: Agreement) =>
    queryClient.setQueryData<AgreementList>(partnershipKeys.agreements(slug), (list) => {
      const items = list?.items ?? [];
      const known = items.some((item) => item.id === agreement.id);
      return {
        items: known ? items.map((item) => (item.id === agreement.id ? agreement : item)) : [...items, agreement],
      };
    });
}

export function useCreateAgreement(slug: string) {
  const store = useStoreAgreement(slug);
  return useMutation({
    mutationFn: (request: Parameters<typeof createAgreement>[1]) => createAgreement(slug, request),
    onSuccess: store,
  });
}

export function usePublishAgreementVersion(slug: string, agreementId: string) {
  const store = useStoreAgreement(slug);
  return useMutation({
    mutationFn: (request: Parameters<typeof publishAgreementVersion>[2]) =>
      publishAgreementVersion(slug, agreementId, request),
    onSuccess: store,
  });
}

export function useAgreeToVersion(slug: string, agreementId: string) {
  const store = useStoreAgreement(slug);
  return useMutation({
    mutationFn: ({ version, organisationId }: { version: number; organisationId: string }) =>
      agreeToVersion(slug, agreementId, version, organisationId),
    onSuccess: store,
  });
}
