import type {
  CommunityDetail,
  CreateCommunityRequest,
  JoinCommunityRequest,
  UpdateCommunityRequest,
} from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import {
  createCommunity,
  fetchCommunities,
  fetchCommunity,
  fetchMembers,
  joinCommunity,
  leaveCommunity,
  updateCommunity,
  type CommunitySearch,
} from './communities.api';

/**
 * Query keys in one place. They sit under the account root because every answer depends on who
 * asks (their role, what they may do, which hidden communities they see), so signing in or out
 * drops them. Everything about one community sits under its detail key, so invalidating that
 * refreshes its members, requests and invitations too.
 */
export const communityKeys = {
  all: [...accountKeyRoot, 'communities'] as const,
  lists: () => [...communityKeys.all, 'list'] as const,
  list: (search: CommunitySearch) => [...communityKeys.lists(), search] as const,
  detail: (slug: string) => [...communityKeys.all, 'detail', slug] as const,
  members: (slug: string, page: number) => [...communityKeys.detail(slug), 'members', page] as const,
};

/** After a change to one community: fresh detail (and everything under it) and fresh lists. */
export function refreshCommunity(queryClient: QueryClient, slug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: communityKeys.detail(slug) }),
    queryClient.invalidateQueries({ queryKey: communityKeys.lists() }),
  ]);
}

export function useCommunitySearch(search: CommunitySearch, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: communityKeys.list(search),
    queryFn: ({ signal }) => fetchCommunities(search, { signal }),
    enabled: options.enabled ?? true,
    // Keep the current results on screen while the next page or filter loads: no flashing.
    placeholderData: keepPreviousData,
  });
}

export function useCommunity(slug: string) {
  return useQuery({
    queryKey: communityKeys.detail(slug),
    queryFn: ({ signal }) => fetchCommunity(slug, { signal }),
  });
}

export function useCommunityMembers(slug: string, page: number) {
  return useQuery({
    queryKey: communityKeys.members(slug, page),
    queryFn: ({ signal }) => fetchMembers(slug, page, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The new community goes straight into the cache, so its page opens without a second request. */
export function useCreateCommunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCommunityRequest) => createCommunity(request),
    onSuccess: (community, request) => {
      queryClient.setQueryData(communityKeys.detail(community.slug), community);
      const parent = request.parentSlug;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: communityKeys.lists() }),
        parent ? queryClient.invalidateQueries({ queryKey: communityKeys.detail(parent), exact: true }) : undefined,
      ]);
    },
  });
}

/** Settings and tools: the answer is the new detail, so the community's navigation follows at once. */
export function useUpdateCommunity(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateCommunityRequest) => updateCommunity(slug, request),
    onSuccess: (community) => {
      queryClient.setQueryData(communityKeys.detail(slug), community);
      return queryClient.invalidateQueries({ queryKey: communityKeys.lists() });
    },
  });
}

/** Pending until the community has been fetched again, so the buttons have changed when it ends. */
export function useJoinCommunity(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: JoinCommunityRequest) => joinCommunity(slug, request),
    onSuccess: () => refreshCommunity(queryClient, slug),
  });
}

/**
 * Someone who leaves a hidden community can no longer see it, and is sent elsewhere: its page is
 * only marked out of date, since asking again at once would flash "not found" on the way out.
 */
export function useLeaveCommunity(community: Pick<CommunityDetail, 'slug' | 'visibility'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveCommunity(community.slug),
    onSuccess: () => {
      if (community.visibility !== 'hidden') return refreshCommunity(queryClient, community.slug);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: communityKeys.detail(community.slug), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: communityKeys.lists() }),
      ]);
    },
  });
}
