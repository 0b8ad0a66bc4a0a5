import { COMMUNITY_TYPES } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../test/support/data-source';
import type { AppConfig } from '../infrastructure/config/app-config';
import { OutboxService } from '../infrastructure/events/outbox.service';
import { PasswordHasher } from '../infrastructure/security/password-hasher';
import { UsersRepository } from '../modules/accounts/users.repository';
import { OrganisationImportService } from '../modules/organisations/import/organisation-import.service';
import { OrganisationImportsRepository } from '../modules/organisations/import/organisation-imports.repository';
import { OrganisationsRepository } from '../modules/organisations/organisations.repository';
import { OrganisationsService } from '../modules/organisations/organisations.service';
import { DemoNetworkSeeder } from './demo-network.seeder';
import { DemoSeedService } from './demo-seed.service';

/** The default (minimum) argon2id cost, as the running app uses. */
const hasher = new PasswordHasher({ auth: { argon2: { memoryKib: 19456, iterations: 2, parallelism: 1 } } } as AppConfig);

describe('DemoSeedService', () => {
  let dataSource: DataSource;
  let sut: DemoSeedService;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new DemoSeedService(new OrganisationsService(new OrganisationsRepository(dataSource), new OutboxService(), dataSource), new UsersRepository(dataSource), hasher, new DemoNetworkSeeder(dataSource, new OutboxService()),
      new OrganisationImportService(new OrganisationImportsRepository(dataSource), new OutboxService(), dataSource),
    );
  });
  afterAll(() => dataSource.destroy());

  it('creates a region with every kind of organisation, and adds nothing the second time', async () => {
    const first = await sut.run();
    const second = await sut.run();
    expect(second).toEqual({ organisationsAdded: 0, registerSchoolsAdded: 0, peopleAdded: 0, affiliationsAdded: 0, partnershipsAdded: 0, communitiesAdded: 0 });
    expect(first.organisationsAdded).toBeGreaterThanOrEqual(0);

    const counts: { kind: string; n: string }[] = await dataSource.query(
      `SELECT kind, count(*) AS n FROM organisations WHERE website LIKE '%.example.org/' GROUP BY kind`,
    );
    const byKind = Object.fromEntries(counts.map((c) => [c.kind, Number(c.n)]));
    expect(byKind).toMatchObject({ hei: 3, scitt: 1, local_authority: 2, training_school: 1, fe_college: 1, other_provider: 1, agency: 1 });
    expect(byKind.school).toBeGreaterThanOrEqual(24);
  });

  it('creates demo people who can sign in with the printed password', async () => {
    await sut.run();
    const user = await new UsersRepository(dataSource).findByEmail('amara.okoye@example.org');
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await hasher.verify(user!.passwordHash, 'fenmoor demo password')).toBe(true);
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
