import type { CommunityDetail, CommunityTool } from '@commonroom/contracts';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/**
 * A feature that is one of a community's tools: the page at `/communities/:slug/<tool>` and its
 * deeper pages, as children of the community layout (`useLayoutCommunity()` gives the community).
 */
export interface CommunityToolFeature {
  tool: CommunityTool;
  /** Shown once the community has the tool switched on and the viewer may read it. */
  page: ComponentType<{ community: CommunityDetail }>;
  routes?: RouteObject[];
}
