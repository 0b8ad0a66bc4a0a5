import type { CommunityRole, CommunityVisibility } from '@commonroom/contracts';
import type { Policy } from '../../infrastructure/auth/policy';

/** How the viewer stands towards one community: everything the rules below need. */
export interface CommunitySubject {
  visibility: CommunityVisibility;
  isSubcommunity: boolean;
  signedIn: boolean;
  /** A facilitator let anyone with the link read this (open) community without signing in. */
  publicReading: boolean;
  platformAdmin: boolean;
  /** Effective role: direct membership or, in a partnership space, a current affiliation. */
  role: CommunityRole | null;
  /** The role comes only from an affiliation, so it ends with the affiliation, not by leaving. */
  throughAffiliationOnly: boolean;
  pendingRequest: boolean;
}

const member = (s: CommunitySubject) => s.role !== null;
const facilitator = (s: CommunitySubject) => s.role === 'facilitator' || s.platformAdmin;

/**
 * Who may do what in a community. `see` gates everything: a community the viewer cannot see
 * answers 404 everywhere, exactly as if it did not exist. Tool content needs `read` and the
 * tool switched on.
 */
export const communityPolicy = {
  /** Hidden communities exist only for their members. */
  see: (s) => s.visibility !== 'hidden' || member(s) || s.platformAdmin,
  /**
   * Open communities are readable by anyone signed in, and by anyone at all when a facilitator
   * switched public reading on; the rest by members. Reading never lets anyone write.
   */
  read: (s) => member(s) || s.platformAdmin || (s.visibility === 'open' && (s.signedIn || s.publicReading)),
  join: (s) => s.signedIn && !member(s) && s.visibility === 'open',
  requestToJoin: (s) => s.signedIn && !member(s) && s.visibility === 'request' && !s.pendingRequest,
  leave: (s) => member(s) && !s.throughAffiliationOnly,
  manage: facilitator,
  /** One level of nesting keeps navigation and inherited visibility simple. */
  createSubcommunity: (s) => facilitator(s) && !s.isSubcommunity,
} as const satisfies Policy<string, CommunitySubject>;

export type CommunityAction = keyof typeof communityPolicy;
