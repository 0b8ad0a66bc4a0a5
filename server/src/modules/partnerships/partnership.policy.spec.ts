import { expectPolicyTable } from '../../../test/support/policy-table';
import { partnershipPolicy, type PartnershipSubject } from './partnership.policy';

const person = {
  signedIn: true,
  platformAdmin: false,
  leadAdmin: false,
  member: false,
  administeredMembers: new Set<string>(),
};
const roles: Record<string, PartnershipSubject> = {
  'signed-out visitor': { ...person, signedIn: false },
  'signed-in outsider': person,
  'member (affiliated to a member organisation)': { ...person, member: true },
  'admin of a member organisation': { ...person, member: true, administeredMembers: new Set(['member-org']) },
  'lead organisation admin without a member affiliation': { ...person, leadAdmin: true },
  'platform admin': { ...person, platformAdmin: true },
};

describe('partnership policy', () => {
  // prettier-ignore
  expectPolicyTable(partnershipPolicy, roles, {
    //               visitor  outsider  member  member-org admin  lead admin  platform admin
    manage:         [false,   false,    false,  false,            true,       true],
    readAgreements: [false,   false,    true,   true,             true,       true],
    enterSpace:     [false,   false,    true,   true,             false,      true],
    // Agreeing is done on behalf of an organisation, so only its administrators can.
    agree:          [false,   false,    false,  true,             false,      false],
  });
});
