import {
  FIELD_VISIBILITIES,
  PROFILE_FIELDS,
  VIEWER_RELATIONS,
  type FieldVisibility,
  type ViewerRelation,
} from '@commonroom/contracts';
import { effectiveVisibility, FIELD_KEYS, projectProfile, type ProfileContent } from './profile-visibility';

/** A profile with every field filled, so a missing key can only mean "hidden". */
const FULL: ProfileContent = {
  userId: '6f1c8a63-2d4b-4f7e-9a53-0d1e2f3a4b5c',
  displayName: 'Mo Rahman',
  headline: 'Physics mentor',
  photoUrl: '/api/people/6f1c8a63-2d4b-4f7e-9a53-0d1e2f3a4b5c/photo?v=0123456789ab',
  currentAffiliations: [
    {
      organisation: { id: '7f1c8a63-2d4b-4f7e-9a53-0d1e2f3a4b5c', slug: 'high', name: 'High School', kind: 'school' },
      role: 'subject_mentor',
      title: null,
      startsOn: '2020-09-01',
      endsOn: null,
    },
  ],
  pastAffiliations: [],
  phases: ['secondary'],
  subjects: ['physics'],
  expertise: ['coaching'],
  freeTags: ['rocketry'],
  mentorStage: 'stage_2',
  bio: 'I mentor physics trainees.',
  links: [{ label: 'School page', url: 'https://school.example.org/mo' }],
  availability: ['open_to_enquiries'],
  contactEmail: 'mo@school.example.org',
  contactPhone: '01234 567890',
};

/** Who should see a field at each visibility: the rule of the issue, written out by hand. */
const EXPECTED: Record<FieldVisibility, readonly ViewerRelation[]> = {
  public: ['public', 'member', 'community', 'self'],
  members: ['member', 'community', 'self'],
  communities: ['community', 'self'],
  only_me: ['self'],
};

describe('projectProfile', () => {
  // Every field × every visibility it allows × every viewer relation.
  const cases = PROFILE_FIELDS.filter((f) => f.id !== 'name').flatMap((field) =>
    field.allowed.flatMap((visibility) =>
      VIEWER_RELATIONS.map((relation) => [field.id, visibility, relation] as const),
    ),
  );

  it.each(cases)('%s kept at %s: the %s viewer gets exactly the keys they may see', (field, visibility, relation) => {
    // The name is public so every relation gets a view; only the field under test changes.
    const view = projectProfile(FULL, { name: 'public', [field]: visibility }, relation);
    const visible = EXPECTED[visibility].includes(relation);
    for (const key of FIELD_KEYS[field]) {
      expect(view !== undefined && key in view).toBe(visible);
      if (visible) expect(view?.[key]).toEqual(FULL[key]);
    }
  });

  it.each(
    PROFILE_FIELDS.find((f) => f.id === 'name')!.allowed.flatMap((visibility) =>
      VIEWER_RELATIONS.map((relation) => [visibility, relation] as const),
    ),
  )('name kept at %s: the %s viewer gets a view only when they may see the name', (visibility, relation) => {
    const view = projectProfile(FULL, { name: visibility }, relation);
    expect(view?.displayName).toBe(EXPECTED[visibility].includes(relation) ? FULL.displayName : undefined);
  });

  it('shows a signed-in member only the fields at public or members by default, and never contact details', () => {
    const view = projectProfile(FULL, {}, 'member');
    expect(Object.keys(view ?? {}).sort()).toEqual(
      [
        'userId',
        'displayName',
        'headline',
        'photoUrl',
        'currentAffiliations',
        'phases',
        'subjects',
        'expertise',
        'freeTags',
        'bio',
        'links',
        'availability',
      ].sort(),
    );
  });

  it('leaves keys the content does not carry absent, so cards can project a subset', () => {
    const view = projectProfile(
      { userId: FULL.userId, displayName: FULL.displayName, subjects: ['physics'] },
      { name: 'public' },
      'self',
    );
    expect(view).toEqual({ userId: FULL.userId, displayName: FULL.displayName, subjects: ['physics'] });
  });
});

describe('effectiveVisibility', () => {
  it('falls back to the default for a stored value the field does not allow, or that is not a visibility at all', () => {
    const visibility = effectiveVisibility({
      contactEmail: 'public',
      headline: 'everyone',
      bio: 'only_me',
      name: 'communities',
    });
    expect(visibility).toMatchObject({ contactEmail: 'only_me', headline: 'members', bio: 'only_me', name: 'members' });
  });

  it('keeps every allowed choice for every field', () => {
    for (const field of PROFILE_FIELDS) {
      for (const visibility of FIELD_VISIBILITIES) {
        const allowed = (field.allowed as readonly FieldVisibility[]).includes(visibility);
        expect(effectiveVisibility({ [field.id]: visibility })[field.id]).toBe(allowed ? visibility : field.default);
      }
    }
  });
});
