import type { RouteObject } from 'react-router';

/** Screens anyone can open. */
export const communitiesPublicRoutes: RouteObject[] = [];

/** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
export const communitiesSignedInRoutes: RouteObject[] = [];
