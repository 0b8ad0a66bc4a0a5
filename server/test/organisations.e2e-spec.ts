import { directoryOverviewSchema, errorBodySchema, organisationPageSchema } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { buildOrganisation } from './factories/organisation.factory';
import { openTestDataSource } from './support/data-source';
import { startTestApp, type TestApp } from './support/test-app';

describe('organisations directory over HTTP', () => {
  let sut: TestApp;
  let dataSource: DataSource;
  const tag = crypto.randomUUID().slice(0, 6);

  beforeAll(async () => {
    sut = await startTestApp();
    dataSource = await openTestDataSource();
    await buildOrganisation(dataSource, { name: `Harbour ${tag} SCITT`, kind: 'scitt', phases: ['primary'] });
    await buildOrganisation(dataSource, {
      name: `Harbour ${tag} School`,
      kind: 'school',
      phases: ['secondary'],
      website: 'https://harbour.example.org/',
    });
  });
  afterAll(async () => {
    await sut.close();
    await dataSource.destroy();
  });

  it('lists organisations matching the filters, in the contract shape only', async () => {
    const response = await sut.request(`/api/organisations?q=${tag}&kind=school`);
    expect(response.status).toBe(200);
    const raw = (await response.json()) as { items: Record<string, unknown>[] };
    const page = organisationPageSchema.parse(raw);
    expect(page.items.map((o) => o.name)).toEqual([`Harbour ${tag} School`]);
    expect(page).toMatchObject({ page: 1, pageSize: 25, total: 1 });
    expect(Object.keys(raw.items[0]!).sort()).toEqual(
      Object.keys(organisationPageSchema.shape.items.element.shape).sort(),
    );
  });

  it('explains every invalid filter at once', async () => {
    const response = await sut.request('/api/organisations?kind=castle&pageSize=500');
    expect(response.status).toBe(400);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details?.issues?.map((i) => i.path).sort()).toEqual(['query.kind', 'query.pageSize']);
  });

  it('summarises the directory by kind', async () => {
    const response = await sut.request('/api/organisations/overview');
    const overview = directoryOverviewSchema.parse(await response.json());
    expect(overview.byKind.find((k) => k.kind === 'scitt')?.count).toBeGreaterThanOrEqual(1);
  });
});
