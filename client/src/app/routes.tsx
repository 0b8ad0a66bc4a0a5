import type { RouteObject } from 'react-router';
import { OrganisationsPage } from '../features/directory/routes/organisations-page';
import { HomePage } from '../features/home/routes/home-page';
import { paths } from '../shared/routing/paths';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    // Last resort when the layout itself fails: still a readable page.
    errorElement: <RouteErrorPage />,
    children: [
      {
        // Errors in a screen render inside the shell, so navigation keeps working.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: paths.organisations, element: <OrganisationsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
