import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildAffiliation, buildCommunity } from '../../../test/factories/community.factory';
import { buildOrganisation } from '../../../test/factories/organisation.factory';
import { buildProfile } from '../../../test/factories/profile.factory';
import { openTestDataSource } from '../../../test/support/data-source';
import type { Actor } from '../../infrastructure/auth/actor';
import { PeopleSearchDocuments } from './people-search-documents';
import { ProfileCards } from './profile-cards';
import { ProfilesRepository } from './profiles.repository';

describe('people search documents', () => {
  let dataSource: DataSource;
  let sut: PeopleSearchDocuments;
  const tag = randomUUID().slice(0, 6);

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new PeopleSearchDocuments(dataSource);
  });
  afterAll(() => dataSource.destroy());

  async function person(displayName = `Person ${tag} ${randomUUID().slice(0, 4)}`): Promise<string> {
    const [row] = (await dataSource.query(
      `INSERT INTO users (email, display_name, email_verified_at) VALUES ($1, $2, now()) RETURNING id`,
      [`p-${randomUUID().slice(0, 8)}@school.example.org`, displayName],
    )) as { id: string }[];
    return row!.id;
  }

  async function documentOf(userId: string) {
    const [row] = (await dataSource.query(
      `SELECT search_name, search_headline, search_body, facets, listed FROM profiles WHERE user_id = $1`,
      [userId],
    )) as {
      search_name: string;
      search_headline: string;
      search_body: string;
      facets: string[];
      listed: boolean;
    }[];
    return row!;
  }

  /** Whether the person is found by a words query, and counted under a facet value: what the finder asks. */
  async function found(userId: string, words: string): Promise<boolean> {
    const rows: unknown[] = await dataSource.query(
      `SELECT 1 FROM profiles WHERE user_id = $1 AND search_vector @@ websearch_to_tsquery('english', $2)`,
      [userId, words],
    );
    return rows.length > 0;
  }
  async function countedUnder(userIds: string[], token: string): Promise<number> {
    const [row] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM profiles WHERE user_id = ANY($1::uuid[]) AND facets @> ARRAY[$2]::text[]`,
      [userIds, token],
    )) as { n: number }[];
    return row!.n;
  }

  /** A physics mentor at a secondary school in LA 993 with everything filled in and default visibility. */
  async function physicsMentor() {
    const userId = await person(`Zoë Ångström ${tag}`);
    const school = await buildOrganisation(dataSource, {
      name: `Quarry ${tag} High`,
      kind: 'school',
      phases: ['secondary'],
      laCode: '993',
      region: 'east_midlands',
    });
    await buildAffiliation(dataSource, { userId, organisationId: school.id, role: 'subject_mentor' });
    await buildProfile(dataSource, userId, {
      headline: 'Science mentor for career changers',
      bio: 'I run a weekly trainee clinic on practical work.',
      phases: ['secondary'],
      subjects: ['physics'],
      expertise: ['coaching'],
      freeTags: ['rocketry'],
      availability: ['can_host_placements'],
    });
    return { userId, school };
  }

  it('holds the member-visible name, headline, text and facets of a filled-in profile', async () => {
    const { userId, school } = await physicsMentor();
    const document = await documentOf(userId);
    expect(document.search_name).toBe(`zoe angstrom ${tag}`);
    expect(document.search_headline).toBe('Science mentor for career changers');
    for (const text of [
      'weekly trainee clinic',
      'Secondary',
      'Physics',
      'Coaching and mentoring conversations',
      'rocketry',
      'Can host placements',
      `Quarry ${tag} High`,
      'Subject mentor',
      'curriculum mentor',
    ]) {
      expect(document.search_body).toContain(text);
    }
    expect(document.facets).toEqual(
      expect.arrayContaining([
        'kind:school',
        `org:${school.id}`,
        'region:east_midlands',
        'la:993',
        'role:subject_mentor',
        'phase:secondary',
        'subject:physics',
        'expertise:coaching',
        'availability:can_host_placements',
      ]),
    );
    expect(document.listed).toBe(true);
    await expect(found(userId, 'physics mentor')).resolves.toBe(true);
    await expect(found(userId, 'angstrom')).resolves.toBe(true);
  });

  it.each([
    ['subjects', 'subject:physics', 'Physics'],
    ['expertise', 'expertise:coaching', 'rocketry'],
    ['availability', 'availability:can_host_placements', 'placements'],
    ['phases', 'phase:secondary', 'secondary'],
    ['currentAffiliations', 'la:993', 'Quarry'],
  ] as const)(
    'drops %s from searches and facet counts once it is kept to communities or to the person',
    async (field, token, word) => {
      const communities = await physicsMentor();
      const onlyMe = await physicsMentor();
      const ids = [communities.userId, onlyMe.userId];
      await expect(countedUnder(ids, token)).resolves.toBe(2);

      await buildProfile(dataSource, communities.userId, { visibility: { [field]: 'communities' } });
      await buildProfile(dataSource, onlyMe.userId, { visibility: { [field]: 'only_me' } });

      await expect(countedUnder(ids, token)).resolves.toBe(0);
      for (const userId of ids) {
        await expect(found(userId, word)).resolves.toBe(false);
        // The name stays findable: members always see it.
        await expect(found(userId, `angstrom ${tag}`)).resolves.toBe(true);
      }
    },
  );

  it('searches a headline only while members may see it', async () => {
    const { userId } = await physicsMentor();
    await buildProfile(dataSource, userId, { headline: 'Quantum enthusiast', visibility: { headline: 'communities' } });
    expect((await documentOf(userId)).search_headline).toBe('');
    await expect(found(userId, 'quantum')).resolves.toBe(false);
    await buildProfile(dataSource, userId, { visibility: { headline: 'public' } });
    await expect(found(userId, 'quantum')).resolves.toBe(true);
  });

  it('counts only current verified affiliations, and treats a stored visibility the field does not allow as its default', async () => {
    const userId = await person();
    const ended = await buildOrganisation(dataSource, { laCode: '994' });
    const pending = await buildOrganisation(dataSource, { laCode: '995' });
    await buildAffiliation(dataSource, {
      userId,
      organisationId: ended.id,
      startsOn: '2015-09-01',
      endsOn: '2020-08-31',
    });
    await buildAffiliation(dataSource, { userId, organisationId: pending.id, status: 'pending' });
    // "bogus" is no visibility at all: the default (members) applies and the subject is searchable.
    await buildProfile(dataSource, userId, { subjects: ['history'], visibility: { subjects: 'bogus' as never } });
    const document = await documentOf(userId);
    expect(document.facets).toEqual(['subject:history']);
    expect(document.listed).toBe(false);
  });

  it('lists nobody with an empty profile, and refreshAll rebuilds every document', async () => {
    const empty = await person();
    const { userId } = await physicsMentor();
    await dataSource.query(
      `UPDATE profiles SET facets = '{}', search_body = '', listed = true WHERE user_id = ANY($1::uuid[])`,
      [[empty, userId]],
    );
    await expect(sut.refreshAll()).resolves.toBeGreaterThanOrEqual(2);
    expect((await documentOf(empty)).listed).toBe(false);
    expect((await documentOf(userId)).facets).toContain('subject:physics');
  });
});

describe('ProfileCards', () => {
  let dataSource: DataSource;
  let sut: ProfileCards;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new ProfileCards(new ProfilesRepository(dataSource));
  });
  afterAll(() => dataSource.destroy());

  async function people(n: number): Promise<string[]> {
    const rows = (await dataSource.query(
      `INSERT INTO users (email, display_name, email_verified_at) SELECT 'card-' || gen_random_uuid() || '@school.example.org', 'Card person ' || i, now() FROM generate_series(1, $1) i RETURNING id`,
      [n],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }
  const actor = (userId: string) => ({ userId }) as Actor;

  it('answers cards in the order asked, each projected for the searcher, with no highlight', async () => {
    const [searcher, colleague, stranger] = await people(3);
    await buildCommunity(dataSource, { members: { [searcher!]: 'member', [colleague!]: 'member' } });
    for (const id of [colleague!, stranger!])
      await buildProfile(dataSource, id, {
        subjects: ['physics'],
        headline: 'Mentor',
        visibility: { subjects: 'communities' },
      });

    const cards = await sut.cards(actor(searcher!), [stranger!, colleague!]);
    expect(cards.map((c) => c.userId)).toEqual([stranger, colleague]);
    expect(cards[0]).not.toHaveProperty('subjects');
    expect(cards[1]!.subjects).toEqual(['physics']);
    expect(cards.every((c) => c.highlight === null && c.headline === 'Mentor')).toBe(true);
  });

  it('reads a page of many cards in the same few queries as a page of one', async () => {
    const [searcher, ...others] = await people(21);
    const spy = jest.spyOn(dataSource, 'query');
    await sut.cards(actor(searcher!), others.slice(0, 1));
    const forOne = spy.mock.calls.length;
    spy.mockClear();
    await expect(sut.cards(actor(searcher!), others)).resolves.toHaveLength(20);
    expect(spy.mock.calls.length).toBe(forOne);
    expect(forOne).toBeLessThanOrEqual(3);
    spy.mockRestore();
  });
});
