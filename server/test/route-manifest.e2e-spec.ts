import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RouteRegistry } from '../src/infrastructure/http/route-registry';
import { startTestApp, type TestApp } from './support/test-app';

const MANIFEST = join(__dirname, 'route-manifest.json');

/**
 * Every route's access declaration, committed beside this test. Adding a route or changing
 * whether it is public shows up in review as a change to route-manifest.json. Update it with
 * UPDATE_ROUTE_MANIFEST=1 npm test -w @commonroom/server -- route-manifest
 */
describe('route manifest', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ SERVE_CLIENT: 'true' });
  });
  afterAll(() => sut.close());

  it('matches the committed declaration of every route', () => {
    const routes = sut.app.get(RouteRegistry).list();
    const manifest = routes.map((r) => ({
      route: `${r.method} ${r.path}`,
      access: r.isPublic ? 'public' : 'signed-in',
    }));
    if (process.env.UPDATE_ROUTE_MANIFEST === '1' || !existsSync(MANIFEST))
      writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
    expect(manifest).toEqual(JSON.parse(readFileSync(MANIFEST, 'utf8')));
  });

  it('gives every JSON API route a contract', () => {
    // The docs page and the OpenID Connect hops answer with HTML and redirects, not JSON.
    const notJson = ['/api/docs', '/api/auth/oidc/'];
    const withoutContract = sut.app
      .get(RouteRegistry)
      .list()
      .filter((r) => r.path.startsWith('/api/') && !notJson.some((prefix) => r.path.startsWith(prefix)) && !r.contract);
    expect(withoutContract.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
});
