import type {
  MyProfile,
  PeopleSearchResult,
  PersonCard,
  ProfileView,
  ReceivedContactRequest,
  SentContactRequest,
} from '@commonroom/contracts';
import { DEFAULT_PROFILE_VISIBILITY, PEOPLE_FACETS } from '@commonroom/contracts';

/** Valid people data (each passes its contract schema), changed by `overrides`. */

export const FENMOOR = {
  id: '2b7d6f0e-6a55-4c1e-8f0a-3c2b1a0d9e8f',
  slug: 'fenmoor-academy',
  name: 'Fenmoor Academy',
  kind: 'school' as const,
};

export function buildPersonCard(overrides: Partial<PersonCard> = {}): PersonCard {
  return {
    userId: crypto.randomUUID(),
    displayName: 'Priya Shah',
    headline: 'Physics mentor and ITT lead',
    photoUrl: null,
    currentAffiliations: [{ organisation: FENMOOR, role: 'mentor', title: null, startsOn: '2021-09-01', endsOn: null }],
    subjects: ['physics'],
    availability: ['can_mentor_shortage_subject'],
    highlight: null,
    ...overrides,
  };
}

export function buildPeopleResult(
  items: PersonCard[],
  overrides: Partial<PeopleSearchResult> = {},
): PeopleSearchResult {
  const facets = Object.fromEntries(
    PEOPLE_FACETS.map((facet) => [facet, []]),
  ) as unknown as PeopleSearchResult['facets'];
  return { items, page: 1, pageSize: 20, total: items.length, facets, correctedQuery: null, ...overrides };
}

type ProfileOverrides = Partial<Omit<ProfileView, 'viewer'>> & { viewer?: Partial<ProfileView['viewer']> };

/** A member's view of someone else's profile unless `viewer` says otherwise. */
export function buildProfileView(overrides: ProfileOverrides = {}): ProfileView {
  const { viewer, ...rest } = overrides;
  return {
    userId: crypto.randomUUID(),
    displayName: 'Priya Shah',
    headline: 'Physics mentor and ITT lead',
    photoUrl: null,
    ...rest,
    viewer: { relation: 'member', canRequestContact: true, contactRequest: null, ...viewer },
  };
}

export function buildMyProfile(overrides: Partial<MyProfile> = {}): MyProfile {
  return {
    userId: crypto.randomUUID(),
    displayName: 'Sam Mentor',
    headline: null,
    photoUrl: null,
    phases: [],
    subjects: [],
    expertise: [],
    freeTags: [],
    mentorStage: null,
    bio: null,
    links: [],
    availability: [],
    contactEmail: null,
    contactPhone: null,
    visibility: { ...DEFAULT_PROFILE_VISIBILITY },
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

export function buildReceived(overrides: Partial<ReceivedContactRequest> = {}): ReceivedContactRequest {
  return {
    id: crypto.randomUUID(),
    from: { userId: crypto.randomUUID(), displayName: 'Jo Coordinator' },
    message: 'I coordinate placements in Northamptonshire and would value your advice.',
    status: 'pending',
    sharedContact: null,
    senderBlocked: false,
    sentAt: '2026-01-06T10:00:00.000Z',
    decidedAt: null,
    ...overrides,
  };
}

export function buildSent(overrides: Partial<SentContactRequest> = {}): SentContactRequest {
  return {
    id: crypto.randomUUID(),
    to: { userId: crypto.randomUUID(), displayName: 'Priya Shah' },
    message: 'I coordinate placements in Northamptonshire and would value your advice.',
    status: 'pending',
    sharedContact: null,
    sentAt: '2026-01-06T10:00:00.000Z',
    acceptedAt: null,
    ...overrides,
  };
}
