import type { AcceptContactRequest, SendContactRequest } from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import {
  acceptContactRequest,
  declineContactRequest,
  fetchBlocks,
  fetchPeople,
  fetchProfile,
  fetchReceivedRequests,
  fetchSentRequests,
  sendContactRequest,
  setBlocked,
  type PeopleSearch,
} from './people.api';

/**
 * Query keys in one place, under the account root: what a profile shows depends on who looks,
 * so signing in or out drops them all.
 */
export const peopleKeys = {
  all: [...accountKeyRoot, 'people'] as const,
  search: (search: PeopleSearch) => [...peopleKeys.all, 'search', search] as const,
  profile: (userId: string) => [...peopleKeys.all, 'profile', userId] as const,
  requests: () => [...peopleKeys.all, 'contact-requests'] as const,
  received: () => [...peopleKeys.requests(), 'received'] as const,
  sent: () => [...peopleKeys.requests(), 'sent'] as const,
  blocks: () => [...peopleKeys.all, 'blocks'] as const,
};

export function usePeopleSearch(search: PeopleSearch) {
  return useQuery({
    queryKey: peopleKeys.search(search),
    queryFn: ({ signal }) => fetchPeople(search, { signal }),
    // The current results stay on screen while the next filter or page loads: no flashing.
    placeholderData: keepPreviousData,
  });
}

export function useProfile(userId: string) {
  return useQuery({ queryKey: peopleKeys.profile(userId), queryFn: ({ signal }) => fetchProfile(userId, { signal }) });
}

/** After sending, the profile is asked again so its button turns into "waiting for a reply". */
export function useSendContactRequest(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: SendContactRequest; idempotencyKey: string }) =>
      sendContactRequest(userId, request, idempotencyKey),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.profile(userId) }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.sent() }),
      ]),
  });
}

export function useReceivedRequests(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.received(),
    queryFn: ({ signal }) => fetchReceivedRequests({ signal }),
    enabled: options.enabled ?? true,
  });
}

export function useSentRequests(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.sent(),
    queryFn: ({ signal }) => fetchSentRequests({ signal }),
    enabled: options.enabled ?? true,
  });
}

export function useAcceptContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: AcceptContactRequest }) => acceptContactRequest(id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.received() }),
  });
}

export function useDeclineContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, block }: { id: string; block: boolean }) => declineContactRequest(id, block),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.received() }),
  });
}

export function useBlocks(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.blocks(),
    queryFn: ({ signal }) => fetchBlocks({ signal }),
    enabled: options.enabled ?? true,
  });
}

export function useSetBlocked(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (blocked: boolean) => setBlocked(userId, blocked),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.blocks() }),
  });
}
