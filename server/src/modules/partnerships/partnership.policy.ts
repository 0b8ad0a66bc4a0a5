import type { Policy } from '../../infrastructure/auth/policy';

/** How the viewer stands towards one partnership. */
export interface PartnershipSubject {
  signedIn: boolean;
  platformAdmin: boolean;
  /** Administers the lead organisation. */
  leadAdmin: boolean;
  /** Has a current, verified affiliation to a current member organisation. */
  member: boolean;
  /** Member organisations the viewer administers (they agree to agreements on their behalf). */
  administeredMembers: ReadonlySet<string>;
}

/** Partnership pages are public; agreements are for the partnership's people; the lead runs it. */
export const partnershipPolicy = {
  manage: (s) => s.leadAdmin || s.platformAdmin,
  readAgreements: (s) => s.member || s.leadAdmin || s.platformAdmin,
  enterSpace: (s) => s.member || s.platformAdmin,
  agree: (s) => s.administeredMembers.size > 0,
} as const satisfies Policy<string, PartnershipSubject>;
