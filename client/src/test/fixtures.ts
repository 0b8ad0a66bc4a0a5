import type {
  CurrentUser,
  DirectoryOverview,
  OrganisationKind,
  OrganisationPage,
  OrganisationSummary,
  SessionState,
  SessionSummary,
} from '@commonroom/contracts';
import { ORGANISATION_KINDS } from '@commonroom/contracts';

/** A valid organisation (it passes the contract schema), changed by `overrides`. */
export function buildOrganisation(overrides: Partial<OrganisationSummary> = {}): OrganisationSummary {
  return {
    id: crypto.randomUUID(),
    slug: 'oakfield-primary',
    name: 'Oakfield Primary School',
    kind: 'school',
    phases: ['primary'],
    region: 'east_midlands',
    localAuthorityName: 'Northamptonshire',
    urn: '121234',
    ukprn: null,
    laCode: '928',
    website: 'https://www.oakfield.example.sch.uk/',
    ...overrides,
  };
}

export function buildOrganisationPage(
  items: OrganisationSummary[],
  overrides: Partial<Omit<OrganisationPage, 'items'>> = {},
): OrganisationPage {
  return { items, page: 1, pageSize: 25, total: items.length, ...overrides };
}

/** An overview with the given counts per kind (others 0), in one region unless given. */
export function buildOverview(
  counts: Partial<Record<OrganisationKind, number>>,
  regions?: DirectoryOverview['regions'],
): DirectoryOverview {
  const byKind = ORGANISATION_KINDS.map(({ id }) => ({ kind: id, count: counts[id] ?? 0 }));
  const total = byKind.reduce((sum, entry) => sum + entry.count, 0);
  return {
    totalOrganisations: total,
    byKind,
    regions: regions ?? [{ region: 'east_midlands', total, byKind }],
  };
}

/** A signed-in, verified user with a password and no second factor, changed by `overrides`. */
export function buildUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: crypto.randomUUID(),
    email: 'sam.mentor@oakfield.example.sch.uk',
    displayName: 'Sam Mentor',
    emailVerified: true,
    twoFactorEnabled: false,
    hasPassword: true,
    ...overrides,
  };
}

/** What `GET /api/auth/session` answers: signed out (no user) unless a user is given. */
export function buildSession(overrides: Partial<SessionState> = {}): SessionState {
  return {
    user: null,
    csrfToken: 'csrf-token-1',
    secondFactorPending: false,
    providers: [],
    ...overrides,
  };
}

export function buildSessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: crypto.randomUUID(),
    device: 'Firefox on Windows',
    createdAt: '2026-01-05T09:00:00.000Z',
    lastSeenAt: '2026-01-06T15:30:00.000Z',
    current: false,
    signInMethod: 'password',
    ...overrides,
  };
}
