import type { RouteObject } from 'react-router';

/** Screens anyone can open. */
export const organisationsPublicRoutes: RouteObject[] = [];

/** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
export const organisationsSignedInRoutes: RouteObject[] = [];
