import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';

// Pattern for `paths.notifications`.

/** Notices are a signed-in person's own (wrapped in RequireUser). */
export const notificationsSignedInRoutes: RouteObject[] = [
  { path: '/notifications', lazy: lazyScreen(() => import('./routes/notifications-page'), 'NotificationsPage') },
];
