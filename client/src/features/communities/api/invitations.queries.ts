import type { InvitationSignUpRequest } from '@commonroom/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { signOut } from '../../auth';
import { startNewSession } from '../../auth';
import { acceptInvitation, fetchInvitation, signUpFromInvitation } from './invitations.api';
import { communityKeys } from './communities.queries';

export const invitationKey = (token: string) => ['invitation', token] as const;

export function useInvitation(token: string) {
  return useQuery({
    queryKey: invitationKey(token),
    queryFn: ({ signal }) => fetchInvitation(token, { signal }),
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptInvitation(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communityKeys.all }),
  });
}

/**
 * Pending until the new session has arrived, so the community opens for someone the whole app
 * already knows is signed in.
 */
export function useInvitationSignUp(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: InvitationSignUpRequest) => {
      const accepted = await signUpFromInvitation(token, request);
      await startNewSession(queryClient);
      return accepted;
    },
  });
}

/** Signs out but stays on the invitation, so the right person can sign in from here. */
export function useSignOutHere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await signOut();
      await startNewSession(queryClient);
    },
  });
}
