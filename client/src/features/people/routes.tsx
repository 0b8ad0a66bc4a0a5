import type { RouteObject } from 'react-router';
import { ContactRequestsPage } from './routes/contact-requests-page';
import { PeoplePage } from './routes/people-page';
import { PersonPage } from './routes/person-page';

// Patterns for `paths.people`, `paths.person(id)` and `paths.contactRequests`.

/** A profile is open to anyone its owner made fields public for; forum mentions link here. */
export const peoplePublicRoutes: RouteObject[] = [{ path: '/people/:userId', element: <PersonPage /> }];

/** The finder and contact requests are for signed-in members (wrapped in RequireUser). */
export const peopleSignedInRoutes: RouteObject[] = [
  { path: '/people', element: <PeoplePage /> },
  { path: '/contact-requests', element: <ContactRequestsPage /> },
];
