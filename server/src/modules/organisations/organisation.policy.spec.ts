import { expectPolicyTable } from '../../../test/support/policy-table';
import { organisationPolicy, type OrganisationSubject } from './organisation.policy';

const person = { signedIn: true, platformAdmin: false, organisationAdmin: false };
const roles: Record<string, OrganisationSubject> = {
  'signed-out visitor': { ...person, signedIn: false },
  'signed-in person': person,
  'organisation admin': { ...person, organisationAdmin: true },
  'platform admin': { ...person, platformAdmin: true },
};

describe('organisation policy', () => {
  // prettier-ignore
  expectPolicyTable(organisationPolicy, roles, {
    //                   visitor  person  org admin  platform admin
    edit:               [false,   false,  true,      true],
    verifyAffiliations: [false,   false,  true,      true],
    endAffiliations:    [false,   false,  true,      true],
    requestAffiliation: [false,   true,   true,      true],
  });
});
