import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';

/** `/`, open to everyone; what it shows grows once someone signs in. */
export const homeRoutes: RouteObject[] = [
  { index: true, lazy: lazyScreen(() => import('./routes/home-page'), 'HomePage') },
];
