import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createApp } from '../src/bootstrap/create-app';
import { REPO_ROOT } from '../src/bootstrap/boot';
import { RouteRegistry } from '../src/infrastructure/http/route-registry';
import { loadConfig } from '../src/infrastructure/config/load-config';
import { createLogger } from '../src/infrastructure/logging/logger';
import { SECRET_PATH_PARAMS } from '../src/infrastructure/logging/loggable-path';
import { testDatabaseUrl } from './support/database';
import { TEST_SECRET_KEY } from './support/test-app';

/**
 * A link token (an invitation, an email confirmation, a password reset, an unsubscribe or feed
 * address) is enough to act as its owner, so it must never reach the request log. The app runs
 * with the production logger writing into memory, and every route is called with secret values.
 */
describe('request logs never contain a link token', () => {
  const lines: string[] = [];
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    const url = await testDatabaseUrl();
    const config = loadConfig(
      {
        NODE_ENV: 'test',
        DATABASE_URL: url,
        SERVE_CLIENT: 'true',
        LOG_LEVEL: 'trace',
        OUTBOX_DISPATCH: 'false',
        SECRET_KEY: TEST_SECRET_KEY,
      },
      { repoRoot: REPO_ROOT, version: '0.0.0-test' },
    );
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    app = await createApp(config, { url, poolSize: 2 }, createLogger(config, sink));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.getHttpServer().address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => app.close());

  const secret = () => `tok${randomUUID().replace(/-/g, '')}`;

  it('redacts every secret path parameter of every route, whatever the method and answer', async () => {
    const routes = app
      .get(RouteRegistry)
      .list()
      .filter((route) => route.path.split('/').some((part) => SECRET_PATH_PARAMS.has(part.slice(1))));
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/invitations/:token',
        'POST /api/invitations/:token/accept',
        'POST /api/invitations/:token/sign-up',
      ]),
    );
    const sent: string[] = [];
    for (const route of routes) {
      const token = secret();
      sent.push(token);
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => (SECRET_PATH_PARAMS.has(name) ? token : 'x'));
      await (
        await fetch(`${baseUrl}${path}`, {
          method: route.method,
          ...(route.method === 'GET' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }),
        })
      ).text();
    }
    expectNoneLogged(sent);
  });

  it('redacts tokens in the client pages that emails link to, and drops every query string', async () => {
    const sent: string[] = [];
    for (const page of [
      '/invitations/{t}',
      '/verify-email?token={t}',
      '/reset-password?token={t}',
      '/confirm-email?token={t}',
      '/unsubscribe/{t}',
      '/feeds/{t}/atom',
    ]) {
      const token = secret();
      sent.push(token);
      await (await fetch(`${baseUrl}${page.replace('{t}', token)}`)).text();
    }
    expectNoneLogged(sent);
  });

  function expectNoneLogged(tokens: string[]): void {
    const written = lines.join('');
    expect(tokens.filter((token) => written.includes(token))).toEqual([]);
    expect(written).toMatch(/"path":"\/(api\/)?invitations\/\[redacted\]/);
  }
});
