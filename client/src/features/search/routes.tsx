import type { RouteObject } from 'react-router';
import { SearchPage } from './routes/search-page';

/** Global search is for signed-in members (wrapped in RequireUser by the app's routes). */
export const searchSignedInRoutes: RouteObject[] = [{ path: '/search', element: <SearchPage /> }];
