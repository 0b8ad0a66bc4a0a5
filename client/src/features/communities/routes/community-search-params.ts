import { communityTypeSchema, type CommunityType } from '@commonroom/contracts';
import { paths } from '../../../shared/routing/paths';
import { useFilterSearchParams, type FilterCodec } from '../../../shared/routing/use-filter-search-params';
import { pageFromSearch } from '../../../shared/routing/paging';

/** The community directory's state, all of it in the URL so links can be shared and Back works. */
export interface CommunityFilters {
  q?: string;
  type?: CommunityType;
  /** Only the viewer's own communities; ignored for someone signed out. */
  mine: boolean;
  page: number;
}

export type CommunityFilterName = 'q' | 'type' | 'mine';

/** Each value is checked on its own, so one stale parameter is ignored rather than breaking the page. */
export function parseCommunityFilters(params: URLSearchParams): CommunityFilters {
  const q = params.get('q')?.trim();
  return {
    q: q ? q.slice(0, 100) : undefined,
    type: communityTypeSchema.safeParse(params.get('type')).data,
    mine: params.get('mine') === 'true',
    page: pageFromSearch(params),
  };
}

function toSearchParams(filters: Partial<CommunityFilters>): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.type) params.set('type', filters.type);
  if (filters.mine) params.set('mine', 'true');
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

const COMMUNITY_FILTERS: FilterCodec<CommunityFilters> = {
  parse: parseCommunityFilters,
  toParams: toSearchParams,
  href: communitiesHref,
};

/** A link into the community directory with some filters set. */
export function communitiesHref(filters: Partial<CommunityFilters>): string {
  const search = toSearchParams(filters).toString();
  return search ? `${paths.communities}?${search}` : paths.communities;
}

/** The filters from the URL, with a setter that writes one back (and returns to page 1). */
export function useCommunitySearchParams() {
  return useFilterSearchParams<CommunityFilters, CommunityFilterName>(COMMUNITY_FILTERS);
}
