import type {
  Affiliation,
  Agreement,
  AgreementVersion,
  OrganisationAffiliation,
  OrganisationDetail,
  OrganisationRef,
  PartnershipDetail,
} from '@commonroom/contracts';
import { buildOrganisation, buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse } from '../../../test/mock-fetch';

/** Answers `GET /api/auth/session` as signed in (or out, with `null`). */
export function sessionHandler(user: ReturnType<typeof buildUser> | null = buildUser()) {
  return { '/api/auth/session': () => jsonResponse(buildSession({ user })) };
}

export function buildOrganisationDetail(overrides: Partial<OrganisationDetail> = {}): OrganisationDetail {
  return {
    ...buildOrganisation(),
    description: null,
    postcode: 'NN1 1AA',
    establishmentType: 'Community school',
    emailDomains: [],
    verifiedPeople: 0,
    partnerships: [],
    viewer: { canEdit: false, canVerify: false, pendingRequests: 0 },
    ...overrides,
  };
}

export function buildRef(overrides: Partial<OrganisationRef> = {}): OrganisationRef {
  return {
    id: crypto.randomUUID(),
    slug: 'oakfield-primary',
    name: 'Oakfield Primary School',
    kind: 'school',
    ...overrides,
  };
}

export function buildAffiliation(overrides: Partial<Affiliation> = {}): Affiliation {
  return {
    id: crypto.randomUUID(),
    organisation: buildRef(),
    role: 'mentor',
    title: null,
    startsOn: '2021-09-01',
    endsOn: null,
    status: 'verified',
    verificationMethod: 'organisation_admin',
    verifiedAt: '2021-09-02T10:00:00.000Z',
    current: true,
    createdAt: '2021-09-01T10:00:00.000Z',
    ...overrides,
  };
}

export function buildOrganisationAffiliation(
  overrides: Partial<OrganisationAffiliation> = {},
): OrganisationAffiliation {
  return {
    id: crypto.randomUUID(),
    person: { id: crypto.randomUUID(), displayName: 'Priya Shah', email: 'priya.shah@oakfield.example.sch.uk' },
    role: 'subject_mentor',
    title: null,
    startsOn: '2025-09-01',
    endsOn: null,
    status: 'pending',
    verificationMethod: null,
    current: false,
    createdAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

export function buildPartnership(overrides: Partial<PartnershipDetail> = {}): PartnershipDetail {
  const lead = buildRef({ slug: 'university-of-eastfield', name: 'University of Eastfield', kind: 'hei' });
  return {
    id: crypto.randomUUID(),
    slug: 'eastfield-primary-pgce',
    name: 'Eastfield Primary PGCE Partnership',
    model: 'hei_led',
    description: null,
    lead,
    memberCount: 2,
    members: [
      { organisation: lead, lead: true, joinedAt: '2024-06-01T09:00:00.000Z' },
      { organisation: buildRef(), lead: false, joinedAt: '2024-06-02T09:00:00.000Z' },
    ],
    communitySlug: null,
    viewer: { isMember: false, canManage: false, canAgreeFor: [] },
    ...overrides,
  };
}

export function buildVersion(overrides: Partial<AgreementVersion> = {}): AgreementVersion {
  return {
    version: 1,
    body: 'The school will release mentors for training.',
    changeNote: null,
    publishedAt: '2025-07-01T09:00:00.000Z',
    publishedBy: 'Dana Okafor',
    acceptances: [],
    ...overrides,
  };
}

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: crypto.randomUUID(),
    title: 'Partnership agreement 2025–26',
    currentVersion: 1,
    versions: [buildVersion()],
    ...overrides,
  };
}
