import type { RouteObject } from 'react-router';
import { lazyScreen } from '../../shared/routing/lazy-route';

/** Global search is for signed-in members (wrapped in RequireUser by the app's routes). */
export const searchSignedInRoutes: RouteObject[] = [
  { path: '/search', lazy: lazyScreen(() => import('./routes/search-page'), 'SearchPage') },
];
