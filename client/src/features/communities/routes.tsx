import type { RouteObject } from 'react-router';
import type { CommunityToolFeature } from './community-tools';
import { CommunitiesPage } from './routes/communities-page';
import { CommunityHomePage } from './routes/community-home-page';
import { CommunityLayout } from './routes/community-layout';
import { CommunitySettingsPage } from './routes/community-settings-page';
import { CommunityToolPage } from './routes/community-tool-page';
import { InvitationPage } from './routes/invitation-page';
import { NewCommunityPage } from './routes/new-community-page';

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
      { path: '/communities', element: <CommunitiesPage /> },
      {
        path: '/communities/:slug',
        element: <CommunityLayout />,
        children: [
          { index: true, element: <CommunityHomePage /> },
          { path: ':tool', element: <CommunityToolPage tools={tools} /> },
          ...tools.flatMap((tool) => tool.routes ?? []),
        ],
      },
      { path: '/invitations/:token', element: <InvitationPage /> },
    ],
    /** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
    signedInRoutes: [
      { path: '/communities/new', element: <NewCommunityPage /> },
      { path: '/communities/:slug/settings', element: <CommunitySettingsPage /> },
    ],
  };
}
