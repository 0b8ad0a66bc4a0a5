import type { RouteObject } from 'react-router';
import { HomePage } from './routes/home-page';

/** `/`, open to everyone; what it shows grows once someone signs in. */
export const homeRoutes: RouteObject[] = [{ index: true, element: <HomePage /> }];
