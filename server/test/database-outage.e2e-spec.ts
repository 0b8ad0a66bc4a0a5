import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@commonroom/infra';
import { errorBodySchema, postSchema } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { APP_ENTITIES } from '../src/app.entities';
import { createDataSource, runMigrations } from '../src/infrastructure/database/data-source';
import { newSecureToken } from '../src/infrastructure/security/secure-token';
import { SessionEntity } from '../src/modules/accounts/session.entity';
import { UserEntity } from '../src/modules/accounts/user.entity';
import { buildForum, startThread } from './factories/forum.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import type { SignedInPerson } from './support/people';
import { startServerProcess, type ServerProcess } from './support/server-process';
import type { TestApp } from './support/test-app';
import { TEST_SECRET_KEY } from './support/test-app';

/**
 * Losing PostgreSQL must not take the app down for good. The built server runs in production
 * mode on its own PostgreSQL, which is killed (SIGKILL) under load and started again: the app
 * answers 503 while it is away, recovers by itself, loses nothing it acknowledged, and its
 * outbox dispatcher carries on.
 */
describe('database outage', () => {
  let root: string;
  let postgres: RunningPostgres;
  let pgPort: number;
  let dataSource: DataSource;
  let server: ServerProcess;
  let author: SignedInPerson;
  let threadId: string;

  const startPostgres = async () => {
    postgres = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), port: pgPort });
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'commonroom-outage-'));
    chmodSync(root, 0o755);
    pgPort = await findFreePort();
    await startPostgres();
    await postgres.createDatabase('outage');
    const url = postgres.url('outage');
    await runMigrations({ url, poolSize: 1 }, APP_ENTITIES);
    dataSource = await createDataSource({ url, poolSize: 2 }, APP_ENTITIES).initialize();

    const port = await findFreePort();
    server = await startServerProcess(port, {
      databaseUrl: url,
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        OUTBOX_DISPATCH: 'true',
        OUTBOX_POLL_MS: '200',
        SECRET_KEY: TEST_SECRET_KEY,
      },
    });
    author = await personWithSession(server.baseUrl);
    // A facilitator: the traffic posts far faster than a member may (posting limits exempt moderators).
    const { community, category } = await buildForum(dataSource, { members: { [author.userId]: 'facilitator' } });
    threadId = await startThread(author, community.slug, category.slug);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await dataSource?.destroy().catch(() => undefined);
    // A killed server that was not started again has nothing to stop; do not wait on it forever.
    await Promise.race([
      postgres?.stop().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
    ]);
    rmSync(root, { recursive: true, force: true });
  });

  /** A member with a real session row, signed in with the production cookie name. */
  async function personWithSession(baseUrl: string): Promise<SignedInPerson> {
    const users = dataSource.getRepository(UserEntity);
    const user = await users.save(
      users.create({
        email: 'outage@school.example.org',
        displayName: 'Olu Outage',
        passwordHash: null,
        emailVerifiedAt: new Date(),
      }),
    );
    const { token, hash } = newSecureToken();
    await dataSource.getRepository(SessionEntity).insert({
      tokenHash: hash,
      userId: user.id,
      signInMethod: 'password',
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const app = { baseUrl, request: (path: string, init?: RequestInit) => fetch(`${baseUrl}${path}`, init) } as TestApp;
    const client = new BrowserLikeClient(app);
    client.cookies.set('__Host-session', token);
    await client.session();
    return { client, userId: user.id, email: user.email, displayName: user.displayName };
  }

  /** Replies as fast as the app answers, `parallel` at a time, until stopped; records what was acknowledged. */
  function load(parallel: number) {
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    const bodies: unknown[] = [];
    let running = true;
    let n = 0;
    const worker = async () => {
      while (running) {
        const raw = `Reply number ${n++} under load`;
        const started = Date.now();
        const response = await author.client
          .send('POST', `/api/threads/${threadId}/posts`, { raw })
          .catch(() => undefined);
        if (!response) continue;
        statuses.push(response.status);
        if (response.status === 201) acknowledged.push(postSchema.parse(await response.json()).id);
        else
          bodies.push({
            status: response.status,
            ms: Date.now() - started,
            body: await response.json().catch(() => null),
          });
        if (response.status >= 500) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const workers = Array.from({ length: parallel }, worker);
    return { acknowledged, statuses, bodies, stop: async () => ((running = false), await Promise.all(workers)) };
  }

  const postmasterPid = () => Number(readFileSync(join(postgres.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const waitFor = async (what: string, check: () => Promise<boolean>, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check().catch(() => false))) {
      if (server.exited())
        throw new Error(`The server died while waiting for ${what}: ${server.errors().slice(-2000)}`);
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const get = (path: string) => fetch(`${server.baseUrl}${path}`);

  it('answers 503 while PostgreSQL is killed, recovers when it returns, and loses nothing acknowledged', async () => {
    const traffic = load(4);
    await waitFor('some replies before the kill', async () => traffic.acknowledged.length >= 5);

    process.kill(postmasterPid(), 'SIGKILL');
    await waitFor('the app to notice', async () => (await get('/readyz')).status === 503);
    const during = traffic.statuses.length;
    await waitFor('503s under load', async () => traffic.statuses.slice(during).filter((s) => s === 503).length >= 5);
    const unavailable = await author.client.send('POST', `/api/threads/${threadId}/posts`, {
      raw: 'While the database is away',
    });
    expect(unavailable.status).toBe(503);
    const body = errorBodySchema.parse(await unavailable.json());
    expect(body.error.code).toBe('service_unavailable');
    expect(unavailable.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(server.exited()).toBe(false);

    await startPostgres();
    await waitFor('readiness after the restart', async () => (await get('/readyz')).status === 200);
    const after = traffic.acknowledged.length;
    await waitFor('replies after the restart', async () => traffic.acknowledged.length >= after + 5);
    await traffic.stop();

    expect(server.exited()).toBe(false);
    expect(traffic.statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
    const stored: { id: string }[] = await dataSource.query('SELECT id FROM discussion_posts WHERE thread_id = $1', [
      threadId,
    ]);
    const storedIds = new Set(stored.map((row) => row.id));
    expect(traffic.acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    await waitFor('the outbox to deliver every event', async () => {
      const [row] = await dataSource.query(
        'SELECT count(*)::int AS pending FROM outbox_events WHERE dispatched_at IS NULL',
      );
      return row.pending === 0;
    });
  }, 120_000);

  it('survives pg_terminate_backend on all of its connections', async () => {
    await dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'commonroom' AND pid <> pg_backend_pid()`,
    );
    await waitFor('readiness', async () => (await get('/readyz')).status === 200);
    const response = await author.client.send('POST', `/api/threads/${threadId}/posts`, {
      raw: 'After every connection was ended',
    });
    expect(response.status).toBe(201);
    expect(server.exited()).toBe(false);
  });
});
