import { expectPolicyTable } from '../../../test/support/policy-table';
import type { CommunitySubject } from '../communities/community.policy';
import { forumPolicy } from './forum.policy';

const person: CommunitySubject = {
  visibility: 'open',
  isSubcommunity: false,
  signedIn: true,
  publicReading: false,
  platformAdmin: false,
  role: null,
  throughAffiliationOnly: false,
  pendingRequest: false,
};
const roles: Record<string, CommunitySubject> = {
  'signed-out visitor': { ...person, signedIn: false },
  'signed-in non-member': person,
  member: { ...person, role: 'member' },
  'member through an affiliation': { ...person, role: 'member', throughAffiliationOnly: true },
  facilitator: { ...person, role: 'facilitator' },
  'platform admin (not a member)': { ...person, platformAdmin: true },
};

describe('forum policy', () => {
  // prettier-ignore
  expectPolicyTable(forumPolicy, roles, {
    //                 visitor  non-member  member  affiliated  facilitator  platform admin
    startThread:      [false,   false,      true,   true,       true,        false],
    manageCategories: [false,   false,      false,  false,      true,        true],
    moderate:         [false,   false,      false,  false,      true,        true],
  });
});
