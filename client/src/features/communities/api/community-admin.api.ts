import {
  communityInvitationListSchema,
  communityMemberPageSchema,
  communityMemberSchema,
  inviteResultSchema,
  joinRequestListSchema,
  type CommunityMember,
  type CommunityMemberPage,
  type CommunityRole,
  type DecideJoinRequest,
  type InviteRequest,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';
import { communityPath } from './communities.api';

/** Facilitators' view of the members: always there, whether or not the members tool is on. */
export function fetchSettingsMembers(
  slug: string,
  page: number,
  options?: RequestOptions,
): Promise<CommunityMemberPage> {
  return apiGet(communityPath(slug, '/settings/members'), communityMemberPageSchema, { page }, options);
}

export function changeMemberRole(slug: string, userId: string, role: CommunityRole): Promise<CommunityMember> {
  return apiSend(
    'PATCH',
    communityPath(slug, `/members/${encodeURIComponent(userId)}`),
    { role },
    communityMemberSchema,
  );
}

/** 409 with a sentence to show when the server refuses (a member through an affiliation, say). */
export function removeMember(slug: string, userId: string): Promise<void> {
  return apiSend('DELETE', communityPath(slug, `/members/${encodeURIComponent(userId)}`));
}

export function fetchJoinRequests(slug: string, options?: RequestOptions) {
  return apiGet(communityPath(slug, '/requests'), joinRequestListSchema, undefined, options);
}

export function decideJoinRequest(
  slug: string,
  requestId: string,
  decision: DecideJoinRequest['decision'],
): Promise<void> {
  return apiSend('POST', communityPath(slug, `/requests/${encodeURIComponent(requestId)}/decision`), { decision });
}

export function fetchInvitations(slug: string, options?: RequestOptions) {
  return apiGet(communityPath(slug, '/invitations'), communityInvitationListSchema, undefined, options);
}

export function inviteMembers(slug: string, request: InviteRequest) {
  return apiSend('POST', communityPath(slug, '/invitations'), request, inviteResultSchema);
}

export function revokeInvitation(slug: string, invitationId: string): Promise<void> {
  return apiSend('DELETE', communityPath(slug, `/invitations/${encodeURIComponent(invitationId)}`));
}
