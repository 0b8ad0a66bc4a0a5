import type {
  CommunityAbilities,
  CommunityDetail,
  CommunityInvitation,
  CommunityMember,
  CommunitySummary,
  InvitationView,
  JoinRequest,
  Page,
} from '@commonroom/contracts';

/** A valid community summary (it passes the contract schema), changed by `overrides`. */
export function buildCommunity(overrides: Partial<CommunitySummary> = {}): CommunitySummary {
  return {
    id: crypto.randomUUID(),
    slug: 'maths-mentors',
    name: 'Maths Mentors East',
    type: 'subject_network',
    visibility: 'open',
    description: 'Secondary maths mentors across the East Midlands.',
    memberCount: 12,
    parent: null,
    partnership: null,
    viewerRole: null,
    ...overrides,
  };
}

const NO_ABILITIES: CommunityAbilities = {
  join: false,
  requestToJoin: false,
  leave: false,
  read: false,
  manage: false,
  createSubcommunity: false,
};

type DetailOverrides = Partial<Omit<CommunityDetail, 'viewer'>> & {
  viewer?: Partial<Omit<CommunityDetail['viewer'], 'abilities'>> & { abilities?: Partial<CommunityAbilities> };
};

/** A community as a visitor who is not a member sees it, unless `overrides` say otherwise. */
export function buildCommunityDetail(overrides: DetailOverrides = {}): CommunityDetail {
  const { viewer, ...rest } = overrides;
  return {
    ...buildCommunity(),
    welcomeMessage: null,
    publicReading: false,
    tools: ['forum', 'members'],
    subcommunities: [],
    ...rest,
    viewer: {
      role: null,
      throughAffiliation: false,
      pendingRequest: false,
      ...viewer,
      abilities: { ...NO_ABILITIES, ...viewer?.abilities },
    },
  };
}

/** What a member sees: they can read and leave. */
export function buildMemberView(overrides: DetailOverrides = {}): CommunityDetail {
  return buildCommunityDetail({
    viewerRole: 'member',
    ...overrides,
    viewer: {
      role: 'member',
      ...overrides.viewer,
      abilities: { leave: true, read: true, ...overrides.viewer?.abilities },
    },
  });
}

/** What a facilitator sees: every ability. */
export function buildFacilitatorView(overrides: DetailOverrides = {}): CommunityDetail {
  return buildCommunityDetail({
    viewerRole: 'facilitator',
    ...overrides,
    viewer: {
      role: 'facilitator',
      ...overrides.viewer,
      abilities: { leave: true, read: true, manage: true, createSubcommunity: true, ...overrides.viewer?.abilities },
    },
  });
}

export function buildPage<T>(items: T[], overrides: Partial<Omit<Page<T>, 'items'>> = {}): Page<T> {
  return { items, page: 1, pageSize: 25, total: items.length, ...overrides };
}

export function buildMember(overrides: Partial<CommunityMember> & { name?: string } = {}): CommunityMember {
  const { name = 'Priya Shah', ...rest } = overrides;
  return {
    user: { id: crypto.randomUUID(), displayName: name },
    role: 'member',
    source: 'direct',
    joinedAt: '2026-01-05T09:00:00.000Z',
    ...rest,
  };
}

export function buildJoinRequest(name: string, message: string | null = null): JoinRequest {
  return {
    id: crypto.randomUUID(),
    person: { id: crypto.randomUUID(), displayName: name },
    message,
    createdAt: '2026-01-06T10:00:00.000Z',
  };
}

export function buildInvitation(overrides: Partial<CommunityInvitation> = {}): CommunityInvitation {
  return {
    id: crypto.randomUUID(),
    email: 'jo.tutor@eastfield.example.ac.uk',
    role: 'member',
    invitedBy: 'Sam Mentor',
    createdAt: '2026-01-05T09:00:00.000Z',
    expiresAt: '2026-01-19T09:00:00.000Z',
    status: 'pending',
    ...overrides,
  };
}

export function buildInvitationView(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    community: { slug: 'maths-mentors', name: 'Maths Mentors East', type: 'subject_network', description: null },
    invitedBy: 'Sam Mentor',
    email: 'jo.tutor@eastfield.example.ac.uk',
    role: 'member',
    status: 'pending',
    accountExists: false,
    ...overrides,
  };
}
