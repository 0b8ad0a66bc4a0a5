import type { RouteObject } from 'react-router';
import { paths } from '../../shared/routing/paths';
import { MyAffiliationsPage } from './routes/my-affiliations-page';
import { NewPartnershipPage } from './routes/new-partnership-page';
import { OrganisationManagePage } from './routes/organisation-manage-page';
import { OrganisationPage } from './routes/organisation-page';
import { OrganisationsPage } from './routes/organisations-page';
import { PartnershipPage } from './routes/partnership-page';
import { PartnershipsPage } from './routes/partnerships-page';

// `paths.organisation(':slug')` would encode the colon, so the patterns are spelled out here.
const organisationPattern = `${paths.organisations}/:slug`;
const partnershipPattern = '/partnerships/:slug';

/** Screens anyone can open. */
export const organisationsPublicRoutes: RouteObject[] = [
  { path: paths.organisations, element: <OrganisationsPage /> },
  { path: organisationPattern, element: <OrganisationPage /> },
  { path: paths.partnerships, element: <PartnershipsPage /> },
  { path: partnershipPattern, element: <PartnershipPage /> },
];

/** Screens for signed-in people only (wrapped in RequireUser by the app's routes). */
export const organisationsSignedInRoutes: RouteObject[] = [
  { path: `${organisationPattern}/manage`, element: <OrganisationManagePage /> },
  // Ranked above `/partnerships/:slug` by the router, being more specific.
  { path: paths.partnershipNew, element: <NewPartnershipPage /> },
];

/** "Where I work", a section of the person's settings (placed there by the app's routes). */
export const organisationsSettingsRoutes: RouteObject[] = [
  { path: paths.settingsAffiliations, element: <MyAffiliationsPage /> },
];
