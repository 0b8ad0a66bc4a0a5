import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';

// Pattern for `paths.adminJobs`.

/** Platform admins only (wrapped in RequireUser; the server answers not found to anyone else). */
export const adminJobsSignedInRoutes: RouteObject[] = [
  { path: '/admin/jobs', lazy: lazyScreen(() => import('./routes/jobs-page'), 'JobsPage') },
];
