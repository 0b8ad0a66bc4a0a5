import type { RouteObject } from 'react-router';
import { JobsPage } from './routes/jobs-page';

// Pattern for `paths.adminJobs`.

/** Platform admins only (wrapped in RequireUser; the server answers not found to anyone else). */
export const adminJobsSignedInRoutes: RouteObject[] = [{ path: '/admin/jobs', element: <JobsPage /> }];
