import type { CommunityVisibility } from '@commonroom/contracts';
import { communityPolicy, type CommunityAction, type CommunitySubject } from './community.policy';

type Role =
  | 'visitor'
  | 'outsider'
  | 'outsider with a pending request'
  | 'member'
  | 'affiliation-only member'
  | 'facilitator'
  | 'platform admin';

const SUBJECTS: Record<Role, Omit<CommunitySubject, 'visibility' | 'isSubcommunity' | 'publicReading'>> = {
  visitor: { signedIn: false, platformAdmin: false, role: null, throughAffiliationOnly: false, pendingRequest: false },
  outsider: { signedIn: true, platformAdmin: false, role: null, throughAffiliationOnly: false, pendingRequest: false },
  'outsider with a pending request': {
    signedIn: true,
    platformAdmin: false,
    role: null,
    throughAffiliationOnly: false,
    pendingRequest: true,
  },
  member: {
    signedIn: true,
    platformAdmin: false,
    role: 'member',
    throughAffiliationOnly: false,
    pendingRequest: false,
  },
  'affiliation-only member': {
    signedIn: true,
    platformAdmin: false,
    role: 'member',
    throughAffiliationOnly: true,
    pendingRequest: false,
  },
  facilitator: {
    signedIn: true,
    platformAdmin: false,
    role: 'facilitator',
    throughAffiliationOnly: false,
    pendingRequest: false,
  },
  'platform admin': {
    signedIn: true,
    platformAdmin: true,
    role: null,
    throughAffiliationOnly: false,
    pendingRequest: false,
  },
};

const FACILITATE: CommunityAction[] = ['see', 'read', 'leave', 'manage', 'createSubcommunity'];
const MEMBER: CommunityAction[] = ['see', 'read', 'leave'];

/** What each role may do in a top-level community of each visibility; every action not listed is refused. */
const EXPECTED: Record<CommunityVisibility, Record<Role, CommunityAction[]>> = {
  open: {
    visitor: ['see'],
    outsider: ['see', 'read', 'join'],
    'outsider with a pending request': ['see', 'read', 'join'],
    member: MEMBER,
    'affiliation-only member': ['see', 'read'],
    facilitator: FACILITATE,
    'platform admin': ['see', 'read', 'join', 'manage', 'createSubcommunity'],
  },
  request: {
    visitor: ['see'],
    outsider: ['see', 'requestToJoin'],
    'outsider with a pending request': ['see'],
    member: MEMBER,
    'affiliation-only member': ['see', 'read'],
    facilitator: FACILITATE,
    'platform admin': ['see', 'read', 'requestToJoin', 'manage', 'createSubcommunity'],
  },
  invite_only: {
    visitor: ['see'],
    outsider: ['see'],
    'outsider with a pending request': ['see'],
    member: MEMBER,
    'affiliation-only member': ['see', 'read'],
    facilitator: FACILITATE,
    'platform admin': ['see', 'read', 'manage', 'createSubcommunity'],
  },
  hidden: {
    visitor: [],
    outsider: [],
    'outsider with a pending request': [],
    member: MEMBER,
    'affiliation-only member': ['see', 'read'],
    facilitator: FACILITATE,
    'platform admin': ['see', 'read', 'manage', 'createSubcommunity'],
  },
};

const ACTIONS = Object.keys(communityPolicy) as CommunityAction[];
const allowed = (subject: CommunitySubject) => ACTIONS.filter((action) => communityPolicy[action](subject));

describe('community policy: role × action', () => {
  const cases = Object.entries(EXPECTED).flatMap(([visibility, byRole]) =>
    Object.entries(byRole).map(
      ([role, actions]) => [role as Role, visibility as CommunityVisibility, actions] as const,
    ),
  );

  it.each(cases)('%s in a %s community may %j and nothing else', (role, visibility, actions) => {
    expect(allowed({ ...SUBJECTS[role], visibility, isSubcommunity: false, publicReading: false })).toEqual(
      ACTIONS.filter((a) => actions.includes(a)),
    );
  });

  it('covers every action the policy defines', () => {
    expect(ACTIONS.sort()).toEqual(['createSubcommunity', 'join', 'leave', 'manage', 'read', 'requestToJoin', 'see']);
  });

  it.each(['facilitator', 'platform admin'] as const)('a %s may not nest a community inside a subcommunity', (role) => {
    expect(
      communityPolicy.createSubcommunity({
        ...SUBJECTS[role],
        visibility: 'open',
        isSubcommunity: true,
        publicReading: false,
      }),
    ).toBe(false);
    expect(
      communityPolicy.manage({ ...SUBJECTS[role], visibility: 'open', isSubcommunity: true, publicReading: false }),
    ).toBe(true);
  });

  describe('public reading (a facilitator let anyone with the link read)', () => {
    const subject = (role: Role, visibility: CommunityVisibility) => ({
      ...SUBJECTS[role],
      visibility,
      isSubcommunity: false,
      publicReading: true,
    });

    it('lets a signed-out visitor read an open community, and do nothing else', () => {
      expect(allowed(subject('visitor', 'open'))).toEqual(['read', 'see']);
    });

    it.each(['request', 'invite_only', 'hidden'] as const)('opens nothing in a %s community', (visibility) => {
      expect(allowed(subject('visitor', visibility))).toEqual(
        allowed({ ...subject('visitor', visibility), publicReading: false }),
      );
    });

    it.each(Object.keys(SUBJECTS) as Role[])('changes nothing for %s beyond reading', (role) => {
      const without = allowed({ ...subject(role, 'open'), publicReading: false });
      expect(allowed(subject(role, 'open')).filter((a) => a !== 'read')).toEqual(without.filter((a) => a !== 'read'));
    });
  });
});
