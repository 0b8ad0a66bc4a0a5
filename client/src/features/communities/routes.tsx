import type { RouteObject } from 'react-router';
import { CommunitiesPage } from './routes/communities-page';
import { CommunityHomePage } from './routes/community-home-page';
import { CommunityLayout } from './routes/community-layout';
import { CommunitySettingsPage } from './routes/community-settings-page';
import { CommunityToolPage } from './routes/community-tool-page';
import { InvitationPage } from './routes/invitation-page';
import { NewCommunityPage } from './routes/new-community-page';
import { forumRoutes } from '../forums/routes';

// Patterns for `paths.communities`, `paths.community(slug)` and friends. The static `new` and
// `settings` segments outrank `:slug` and `:tool`, wherever they are declared.

/** Screens anyone can open. */
export const communitiesPublicRoutes: RouteObject[] = [
  { path: '/communities', element: <CommunitiesPage /> },
  {
    path: '/communities/:slug',
    element: <CommunityLayout />,
    children: [
      { index: true, element: <CommunityHomePage /> },
      { path: ':tool', element: <CommunityToolPage /> },
      ...forumRoutes,
    ],
  },
  { path: '/invitations/:token', element: <InvitationPage /> },
];

/** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
export const communitiesSignedInRoutes: RouteObject[] = [
  { path: '/communities/new', element: <NewCommunityPage /> },
  { path: '/communities/:slug/settings', element: <CommunitySettingsPage /> },
];
