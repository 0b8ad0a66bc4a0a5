import type { RouteObject } from 'react-router';
import { NotificationsPage } from './routes/notifications-page';

// Pattern for `paths.notifications`.

/** Notices are a signed-in person's own (wrapped in RequireUser). */
export const notificationsSignedInRoutes: RouteObject[] = [{ path: '/notifications', element: <NotificationsPage /> }];
