import type { CommunityRole, DecideJoinRequest, InviteRequest } from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changeMemberRole,
  decideJoinRequest,
  fetchInvitations,
  fetchJoinRequests,
  fetchSettingsMembers,
  inviteMembers,
  removeMember,
  revokeInvitation,
} from './community-admin.api';
import { communityKeys, refreshCommunity } from './communities.queries';

/** Under the community's detail key: a change to the community refreshes these too. */
export const communityAdminKeys = {
  members: (slug: string, page: number) => [...communityKeys.detail(slug), 'settings-members', page] as const,
  requests: (slug: string) => [...communityKeys.detail(slug), 'requests'] as const,
  invitations: (slug: string) => [...communityKeys.detail(slug), 'invitations'] as const,
};

export function useSettingsMembers(slug: string, page: number) {
  return useQuery({
    queryKey: communityAdminKeys.members(slug, page),
    queryFn: ({ signal }) => fetchSettingsMembers(slug, page, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A role or a membership changed: the member lists, the count and the viewer's own role may all follow. */
export function useChangeMemberRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: CommunityRole }) => changeMemberRole(slug, userId, role),
    onSuccess: () => refreshCommunity(queryClient, slug),
  });
}

export function useRemoveMember(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(slug, userId),
    onSuccess: () => refreshCommunity(queryClient, slug),
  });
}

export function useJoinRequests(slug: string) {
  return useQuery({
    queryKey: communityAdminKeys.requests(slug),
    queryFn: ({ signal }) => fetchJoinRequests(slug, { signal }),
  });
}

/** Approving adds a member, so everything about the community is fetched again. */
export function useDecideJoinRequest(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, decision }: { requestId: string; decision: DecideJoinRequest['decision'] }) =>
      decideJoinRequest(slug, requestId, decision),
    onSuccess: () => refreshCommunity(queryClient, slug),
  });
}

export function useInvitations(slug: string) {
  return useQuery({
    queryKey: communityAdminKeys.invitations(slug),
    queryFn: ({ signal }) => fetchInvitations(slug, { signal }),
  });
}

export function useInviteMembers(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: InviteRequest) => inviteMembers(slug, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communityAdminKeys.invitations(slug) }),
  });
}

export function useRevokeInvitation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(slug, invitationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communityAdminKeys.invitations(slug) }),
  });
}
