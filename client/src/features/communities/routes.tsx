import type { RouteObject } from 'react-router';
import type { CommunityToolFeature } from './community-tools';
import { lazyScreen } from '../../shared/routing/lazy-route';

// Patterns for `paths.communities`, `paths.community(slug)` and friends. The static `new` and
// `settings` segments outrank `:slug` and `:tool`, wherever they are declared.

/**
 * The communities' screens. `tools` are the features that live inside a community (the forum):
 * the app passes them in, so communities never import them and the dependency runs one way,
 * from the tool to the community.
 */
export function communitiesRoutes(tools: CommunityToolFeature[] = []): {
  publicRoutes: RouteObject[];
  signedInRoutes: RouteObject[];
} {
  return {
    /** Screens anyone can open. */
    publicRoutes: [
      { path: '/communities', lazy: lazyScreen(() => import('./routes/communities-page'), 'CommunitiesPage') },
      {
        path: '/communities/:slug',
        lazy: lazyScreen(() => import('./routes/community-layout'), 'CommunityLayout'),
        children: [
          { index: true, lazy: lazyScreen(() => import('./routes/community-home-page'), 'CommunityHomePage') },
          {
            path: ':tool',
            lazy: lazyScreen(() => import('./routes/community-tool-page'), 'CommunityToolPage', { tools }),
          },
          ...tools.flatMap((tool) => tool.routes ?? []),
        ],
      },
      { path: '/invitations/:token', lazy: lazyScreen(() => import('./routes/invitation-page'), 'InvitationPage') },
    ],
    /** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
    signedInRoutes: [
      { path: '/communities/new', lazy: lazyScreen(() => import('./routes/new-community-page'), 'NewCommunityPage') },
      {
        path: '/communities/:slug/settings',
        lazy: lazyScreen(() => import('./routes/community-settings-page'), 'CommunitySettingsPage'),
      },
    ],
  };
}
