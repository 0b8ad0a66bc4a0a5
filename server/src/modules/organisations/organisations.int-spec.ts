import type { DataSource } from 'typeorm';
import { buildOrganisation } from '../../../test/factories/organisation.factory';
import { openTestDataSource } from '../../../test/support/data-source';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

describe('OrganisationsService', () => {
  let dataSource: DataSource;
  let sut: OrganisationsService;
  const tag = crypto.randomUUID().slice(0, 6);

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    sut = new OrganisationsService(new OrganisationsRepository(dataSource), new OutboxService(), dataSource);
    await buildOrganisation(dataSource, { name: `Zed ${tag} Primary`, phases: ['primary'], region: 'london' });
    await buildOrganisation(dataSource, { name: `Zed ${tag} High`, phases: ['secondary'], region: 'london' });
    await buildOrganisation(dataSource, {
      name: `Zed ${tag} University`,
      kind: 'hei',
      phases: ['primary', 'secondary'],
      region: 'north_west',
    });
    await buildOrganisation(dataSource, { name: `Zed ${tag} 100% Academy`, phases: ['secondary'], region: 'london' });
  });
  afterAll(() => dataSource.destroy());

  const page = { page: 1, pageSize: 25 };

  it('filters by kind, region and phase together with the name', async () => {
    const universities = await sut.list({ ...page, q: tag, kind: 'hei' });
    expect(universities.items.map((o) => o.name)).toEqual([`Zed ${tag} University`]);
    const londonSecondary = await sut.list({ ...page, q: tag, region: 'london', phase: 'secondary' });
    expect(londonSecondary.items.map((o) => o.name)).toEqual([`Zed ${tag} 100% Academy`, `Zed ${tag} High`]);
  });

  it('treats % and _ in a search as plain characters', async () => {
    const result = await sut.list({ ...page, q: `${tag} 100%` });
    expect(result.items.map((o) => o.name)).toEqual([`Zed ${tag} 100% Academy`]);
    expect((await sut.list({ ...page, q: `${tag}%High` })).total).toBe(0);
  });

  it('pages results in name order and reports the total', async () => {
    const first = await sut.list({ page: 1, pageSize: 3, q: tag });
    const second = await sut.list({ page: 2, pageSize: 3, q: tag });
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(3);
    expect(second.items.map((o) => o.name)).toEqual([`Zed ${tag} University`]);
  });

  it('adds only missing organisations and announces each new one in the outbox', async () => {
    const slug = `new-${tag}`;
    const row = {
      name: `New ${tag}`,
      slug,
      kind: 'scitt' as const,
      phases: [],
      region: null,
      localAuthorityName: null,
      laCode: null,
      urn: null,
      ukprn: null,
      website: null,
      description: null,
    };
    expect(await sut.addMissing([row])).toBe(1);
    expect(await sut.addMissing([row])).toBe(0);
    const [{ id }] = await dataSource.query('SELECT id FROM organisations WHERE slug = $1', [slug]);
    const events = await dataSource.query(`SELECT type FROM outbox_events WHERE payload->>'organisationId' = $1`, [id]);
    expect(events).toEqual([{ type: 'organisation.created' }]);
  });

  it('counts organisations per kind and region for the overview', async () => {
    const overview = await sut.overview();
    const london = overview.regions.find((r) => r.region === 'london');
    expect(london?.byKind.find((k) => k.kind === 'school')?.count).toBeGreaterThanOrEqual(3);
    expect(overview.byKind.reduce((n, k) => n + k.count, 0)).toBe(overview.totalOrganisations);
  });
});
