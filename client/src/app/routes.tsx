import type { RouteObject } from 'react-router';
import { adminJobsSignedInRoutes } from '../features/admin-jobs';
import { authPublicRoutes, RequireUser } from '../features/auth';
import { communitiesRoutes } from '../features/communities';
import { conversationsSignedInRoutes } from '../features/conversations';
import { feedsSettingsRoutes } from '../features/feeds';
import { forumTool } from '../features/forums';
import { homeRoutes } from '../features/home';
import { notificationsSignedInRoutes } from '../features/notifications';
import {
  organisationsPublicRoutes,
  organisationsSettingsRoutes,
  organisationsSignedInRoutes,
} from '../features/organisations';
import { peoplePublicRoutes, peopleSignedInRoutes } from '../features/people';
import { searchSignedInRoutes } from '../features/search';
import { settingsPublicRoutes, settingsSignedInRoutes } from '../features/settings';
import { LoadingState } from '../shared/components/loading-state';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

// Each feature declares its own screens (`features/<feature>/routes.tsx`); this file only
// composes them, and plugs features into one another (the forum into communities, "Where I
// work" and "Private feed links" into settings) so that no feature has to import another's pages.
const communities = communitiesRoutes([forumTool]);

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Last resort when the layout itself fails: still a readable page.
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors in a screen render inside the shell, so navigation keeps working.
        errorElement: <RouteErrorPage />,
        // Screens are loaded with their route (`lazyScreen`): on a first load the shell is drawn at
        // once, with this in <main> until the screen's chunks arrive.
        hydrateFallbackElement: <LoadingState />,
        children: [
          ...homeRoutes,
          ...authPublicRoutes,
          ...organisationsPublicRoutes,
          ...communities.publicRoutes,
          ...peoplePublicRoutes,
          ...settingsPublicRoutes,
          {
            // Signed-in only; anyone else is sent to sign in and brought back.
            element: <RequireUser />,
            children: [
              ...organisationsSignedInRoutes,
              ...communities.signedInRoutes,
              ...peopleSignedInRoutes,
              ...conversationsSignedInRoutes,
              ...searchSignedInRoutes,
              ...adminJobsSignedInRoutes,
              ...notificationsSignedInRoutes,
              ...settingsSignedInRoutes([...organisationsSettingsRoutes, ...feedsSettingsRoutes]),
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
