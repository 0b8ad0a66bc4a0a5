import type { Policy } from '../../infrastructure/auth/policy';

/** How the viewer stands towards one organisation. */
export interface OrganisationSubject {
  signedIn: boolean;
  platformAdmin: boolean;
  /** Holds a current, verified `organisation_admin` affiliation to it. */
  organisationAdmin: boolean;
}

const administers = (s: OrganisationSubject) => s.organisationAdmin || s.platformAdmin;

/** Organisation pages are public; only their administrators change them and verify their people. */
export const organisationPolicy = {
  edit: administers,
  verifyAffiliations: administers,
  /** Ending someone's affiliation when they leave is the organisation's call too. */
  endAffiliations: administers,
  requestAffiliation: (s) => s.signedIn,
} as const satisfies Policy<string, OrganisationSubject>;
