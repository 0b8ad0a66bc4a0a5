import { homeNeedsSchema, homeThreadPageSchema, type HomeNeeds, type HomeThreadPage } from '@commonroom/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiGet, type RequestOptions } from '../../../shared/api/api-client';
import { communityKeys } from './communities.queries';

const RECENT = 5;

/** The community's latest forum threads, through the home's listing scoped to it (same access rule). */
export function fetchCommunityActivity(communityId: string, options?: RequestOptions): Promise<HomeThreadPage> {
  return apiGet('/api/home/threads', homeThreadPageSchema, { community: communityId, limit: RECENT }, options);
}

/** What waits for a facilitator across their communities; the community home picks its own line. */
export function fetchFacilitatorNeeds(options?: RequestOptions): Promise<HomeNeeds> {
  return apiGet('/api/home/needs', homeNeedsSchema, undefined, options);
}

export function useCommunityActivity(slug: string, communityId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...communityKeys.detail(slug), 'activity'],
    queryFn: ({ signal }) => fetchCommunityActivity(communityId, { signal }),
    enabled,
  });
}

export function useCommunityNeeds(slug: string, communityId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...communityKeys.detail(slug), 'needs'],
    queryFn: ({ signal }) => fetchFacilitatorNeeds({ signal }),
    select: (needs) => needs.communities.find((line) => line.community.id === communityId) ?? null,
    enabled,
    refetchOnWindowFocus: true,
  });
}
