import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';

// Patterns for `paths.people`, `paths.person(id)` and `paths.contactRequests`.

/** A profile is open to anyone its owner made fields public for; forum mentions link here. */
export const peoplePublicRoutes: RouteObject[] = [
  { path: '/people/:userId', lazy: lazyScreen(() => import('./routes/person-page'), 'PersonPage') },
];

/** The finder and contact requests are for signed-in members (wrapped in RequireUser). */
export const peopleSignedInRoutes: RouteObject[] = [
  { path: '/people', lazy: lazyScreen(() => import('./routes/people-page'), 'PeoplePage') },
  {
    path: '/contact-requests',
    lazy: lazyScreen(() => import('./routes/contact-requests-page'), 'ContactRequestsPage'),
  },
];
