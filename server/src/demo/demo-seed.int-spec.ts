import { COMMUNITY_TYPES } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/support/data-source';
import { eventually } from '../../test/support/realtime';
import { startTestApp, type TestApp } from '../../test/support/test-app';
import { PasswordHasher } from '../infrastructure/security/password-hasher';
import { UsersRepository } from '../modules/accounts/users.repository';
import { DemoSeedService } from './demo-seed.service';

describe('DemoSeedService', () => {
  let dataSource: DataSource;
  let app: TestApp;
  let sut: DemoSeedService;

  // The seed writes forum conversations through the forum services, so it runs inside the real
  // application (without its HTTP traffic): every service it uses is the one people use.
  beforeAll(async () => {
    app = await startTestApp();
    dataSource = await openTestDataSource();
    sut = app.app.get(DemoSeedService);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await app.close();
  });

  it('creates a region with every kind of organisation, and adds nothing the second time', async () => {
    const first = await sut.run();
    const second = await sut.run();
    expect(second).toEqual({
      organisationsAdded: 0,
      registerSchoolsAdded: 0,
      peopleAdded: 0,
      affiliationsAdded: 0,
      partnershipsAdded: 0,
      communitiesAdded: 0,
      profilesAdded: 0,
      threadsAdded: 0,
    });
    expect(first.organisationsAdded).toBeGreaterThanOrEqual(0);

    const counts: { kind: string; n: string }[] = await dataSource.query(
      `SELECT kind, count(*) AS n FROM organisations WHERE website LIKE '%.example.org/' GROUP BY kind`,
    );
    const byKind = Object.fromEntries(counts.map((c) => [c.kind, Number(c.n)]));
    expect(byKind).toMatchObject({
      hei: 3,
      scitt: 1,
      local_authority: 2,
      training_school: 1,
      fe_college: 1,
      other_provider: 1,
      agency: 1,
    });
    expect(byKind.school).toBeGreaterThanOrEqual(24);
  });

  it('creates demo people who can sign in with the printed password', async () => {
    await sut.run();
    const user = await app.app.get(UsersRepository).findByEmail('amara.okoye@example.org');
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await app.app.get(PasswordHasher).verify(user!.passwordHash, 'fenmoor demo password')).toBe(true);
  });

  it('uses identifiers no real school or provider has', async () => {
    const rows: { urn: string | null; ukprn: string | null; la_code: string | null }[] = await dataSource.query(
      `SELECT urn, ukprn, la_code FROM organisations WHERE website LIKE '%.example.org/'`,
    );
    for (const row of rows) {
      if (row.urn) expect(row.urn).toMatch(/^99\d{4}$/);
      if (row.ukprn) expect(row.ukprn).toMatch(/^1099\d{4}$/);
      if (row.la_code) expect(row.la_code).toMatch(/^99\d$/);
    }
  });

  it('gives schools several providers each, and one community of every type', async () => {
    await sut.run();
    const schools: { providers: string }[] = await dataSource.query(
      `SELECT count(DISTINCT pm.partnership_id) AS providers FROM organisations o JOIN partnership_members pm ON pm.organisation_id = o.id
        WHERE o.kind IN ('school', 'training_school') AND o.website LIKE '%.example.org/' GROUP BY o.id`,
    );
    const several = schools.filter((s) => Number(s.providers) > 1).length;
    expect(several / schools.length).toBeGreaterThanOrEqual(0.69);
    expect(Math.max(...schools.map((s) => Number(s.providers)))).toBe(5);
    const types: { type: string }[] = await dataSource.query('SELECT DISTINCT type FROM communities');
    expect(types.map((t) => t.type).sort()).toEqual(COMMUNITY_TYPES.map((t) => t.id).sort());
  });

  it('lets the training school coordinator see five partnership spaces under one login', async () => {
    await sut.run();
    const rows: { n: string }[] = await dataSource.query(
      `SELECT count(DISTINCT m.community_id) AS n FROM community_memberships m JOIN communities c ON c.id = m.community_id JOIN users u ON u.id = m.user_id
        WHERE u.email = 'daniel.mercer@example.org' AND c.type = 'partnership'`,
    );
    expect(Number(rows[0]!.n)).toBe(5);
  });
});

describe('DemoSeedService forum conversations', () => {
  let app: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await startTestApp();
    dataSource = await openTestDataSource();
    await app.app.get(DemoSeedService).run();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await app.close();
  });

  it('fills the science network’s forum with cooked, counted conversations, one answered and one pinned', async () => {
    const categories: { name: string; thread_count: number; post_count: number }[] = await dataSource.query(
      `SELECT fc.name, fc.thread_count, fc.post_count FROM forum_categories fc JOIN communities c ON c.id = fc.community_id
        WHERE c.slug = 'secondary-science-mentors' AND fc.slug <> 'general' ORDER BY fc.position`,
    );
    expect(categories).toEqual([
      { name: 'Introductions', thread_count: 1, post_count: 4 },
      { name: 'Planning placements', thread_count: 1, post_count: 4 },
      { name: 'Subject knowledge', thread_count: 1, post_count: 3 },
    ]);
    const threads: { answered: boolean; pinned: boolean; html: string }[] = await dataSource.query(
      `SELECT t.accepted_post_id IS NOT NULL AS answered, t.pinned_at IS NOT NULL AS pinned, p.html
         FROM discussion_threads t JOIN discussion_posts p ON p.thread_id = t.id AND p.number = 1
         JOIN communities c ON c.id = t.community_id WHERE c.slug = 'secondary-science-mentors' ORDER BY t.created_at`,
    );
    expect(threads.map((t) => [t.pinned, t.answered])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(threads[0]!.html).toContain('<strong>your school</strong>');
  });

  it('gives Grace and Tom real notices for the bell: a reply, a mention and reactions', async () => {
    const noticesOf = (email: string) =>
      dataSource.query(
        `SELECT n.kind, n.actor_count FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE u.email = $1 AND n.kind IN ('reply', 'mention', 'reaction') ORDER BY n.kind`,
        [email],
      ) as Promise<{ kind: string; actor_count: number }[]>;
    await eventually(async () => {
      expect(await noticesOf('grace.whitfield@example.org')).toEqual([
        { kind: 'reaction', actor_count: 1 },
        { kind: 'reply', actor_count: 1 },
      ]);
      expect(await noticesOf('tom.hughes@example.org')).toEqual([
        { kind: 'mention', actor_count: 1 },
        { kind: 'reaction', actor_count: 2 },
      ]);
    });
  });

  it('gives the physics-mentor search one clear answer among secondary schools in Castlebridge', async () => {
    // What the people finder asks of the search documents: the words, and the facet tokens.
    const rows: { display_name: string }[] = await dataSource.query(
      `SELECT u.display_name FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE p.listed AND p.search_vector @@ websearch_to_tsquery('english', 'physics mentor')
          AND p.facets @> ARRAY['kind:school', 'la:992', 'phase:secondary'] AND u.email LIKE '%@example.org'`,
    );
    expect(rows.map((r) => r.display_name)).toEqual(['Mohammed Rahman']);
    const anywhere: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM profiles p JOIN users u ON u.id = p.user_id
        WHERE p.search_vector @@ websearch_to_tsquery('english', 'physics mentor') AND u.email LIKE '%@example.org'`,
    );
    expect(anywhere[0]!.n).toBe(2);
  });
});
