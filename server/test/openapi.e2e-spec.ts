import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

type OpenApi = {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
};

describe('OpenAPI documentation', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ PUBLIC_URL: 'http://localhost:3000' });
  });
  afterAll(() => sut.close());

  it('serves the document generated from the route contracts', async () => {
    const document = (await (await sut.request('/api/docs/openapi.json')).json()) as OpenApi;
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/organisations']!.get!.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize', 'kind', 'region', 'phase', 'q']),
    );
  });

  it('matches docs/api/openapi.json (regenerate with `npm run openapi -w @commonroom/server`)', async () => {
    const served = (await (await sut.request('/api/docs/openapi.json')).json()) as OpenApi;
    const committed: OpenApi = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'docs', 'api', 'openapi.json'), 'utf8'),
    );
    expect({ ...served, info: { ...served.info, version: 'x' } }).toEqual({
      ...committed,
      info: { ...committed.info, version: 'x' },
    });
  });

  it('serves a readable documentation page with its own assets', async () => {
    const page = await sut.request('/api/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const asset = await sut.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    expect((await asset.text()).length).toBeGreaterThan(100_000);
  });
});
