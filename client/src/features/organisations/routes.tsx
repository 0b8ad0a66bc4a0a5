import type { RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { lazyScreen } from '../../shared/routing/lazy-route';

// `paths.organisation(':slug')` would encode the colon, so the patterns are spelled out here.
const organisationPattern = `${paths.organisations}/:slug`;
const partnershipPattern = '/partnerships/:slug';

/** Screens anyone can open. */
export const organisationsPublicRoutes: RouteObject[] = [
  { path: paths.organisations, lazy: lazyScreen(() => import('./routes/organisations-page'), 'OrganisationsPage') },
  { path: organisationPattern, lazy: lazyScreen(() => import('./routes/organisation-page'), 'OrganisationPage') },
  { path: paths.partnerships, lazy: lazyScreen(() => import('./routes/partnerships-page'), 'PartnershipsPage') },
  { path: partnershipPattern, lazy: lazyScreen(() => import('./routes/partnership-page'), 'PartnershipPage') },
];

/** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
export const organisationsSignedInRoutes: RouteObject[] = [
  {
    path: `${organisationPattern}/manage`,
    lazy: lazyScreen(() => import('./routes/organisation-manage-page'), 'OrganisationManagePage'),
  },
  // Ranked above `/partnerships/:slug` by the router, being more specific.
  { path: paths.partnershipNew, lazy: lazyScreen(() => import('./routes/new-partnership-page'), 'NewPartnershipPage') },
];

/** "Where I work", a section of the person's settings (placed there by the app's routes). */
export const organisationsSettingsRoutes: RouteObject[] = [
  {
    path: paths.settingsAffiliations,
    lazy: lazyScreen(() => import('./routes/my-affiliations-page'), 'MyAffiliationsPage'),
  },
];
