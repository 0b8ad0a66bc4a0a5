import {
  communityDetailSchema,
  communityMemberPageSchema,
  communityPageSchema,
  joinCommunityResultSchema,
  type CommunityDetail,
  type CommunityListQuery,
  type CommunityMemberPage,
  type CommunityPage,
  type CreateCommunityRequest,
  type JoinCommunityRequest,
  type JoinCommunityResult,
  type UpdateCommunityRequest,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

/** What a directory search sends; `mine` goes as the text "true" the query schema expects. */
export type CommunitySearch = Partial<Omit<CommunityListQuery, 'mine'>> & { mine?: boolean };

/** `/api/communities/<slug>`, with the slug encoded once here. */
export function communityPath(slug: string, rest = ''): string {
  return `/api/communities/${encodeURIComponent(slug)}${rest}`;
}

export function fetchCommunities(search: CommunitySearch, options?: RequestOptions): Promise<CommunityPage> {
  const { mine, ...rest } = search;
  return apiGet('/api/communities', communityPageSchema, { ...rest, mine: mine ? 'true' : undefined }, options);
}

export function fetchCommunity(slug: string, options?: RequestOptions): Promise<CommunityDetail> {
  return apiGet(communityPath(slug), communityDetailSchema, undefined, options);
}

/** The creator becomes the community's first facilitator. */
export function createCommunity(request: CreateCommunityRequest): Promise<CommunityDetail> {
  return apiSend('POST', '/api/communities', request, communityDetailSchema);
}

export function updateCommunity(slug: string, request: UpdateCommunityRequest): Promise<CommunityDetail> {
  return apiSend('PATCH', communityPath(slug), request, communityDetailSchema);
}

/** "member" for an open community; "requested" where a facilitator approves each request. */
export function joinCommunity(slug: string, request: JoinCommunityRequest): Promise<JoinCommunityResult> {
  return apiSend('POST', communityPath(slug, '/join'), request, joinCommunityResultSchema);
}

export function leaveCommunity(slug: string): Promise<void> {
  return apiSend('POST', communityPath(slug, '/leave'));
}

/** The members tool; answers 404 while the tool is switched off. */
export function fetchMembers(slug: string, page: number, options?: RequestOptions): Promise<CommunityMemberPage> {
  return apiGet(communityPath(slug, '/members'), communityMemberPageSchema, { page }, options);
}
