import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@commonroom/infra';
import { streams } from '@commonroom/contracts';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { runMigrations } from '../src/infrastructure/database/data-source';
import { APP_ENTITIES } from '../src/app.entities';
import { buildCommunity } from './factories/community.factory';
import { signedInPerson } from './support/people';
import { connectAs, Inbox, nodeHears, publish, subscribe, useSocketCleanup } from './support/realtime';
import { startTestApp, type TestApp } from './support/test-app';

const DATABASE = 'commonroom';

/**
 * PostgreSQL restarted under two running nodes: the adapter's listening connection dies with it
 * and must come back by itself, or node B never hears node A's broadcasts again. Its own
 * PostgreSQL, so restarting it disturbs no other test.
 */
describe('real-time across nodes when PostgreSQL restarts', () => {
  const keep = useSocketCleanup();
  let dataRoot: string;
  let port: number;
  let postgres: RunningPostgres;
  let nodes: TestApp[] = [];

  const startPostgres = async () => {
    postgres = await startEmbeddedPostgres({ dataDir: join(dataRoot, 'pg'), port });
  };

  beforeAll(async () => {
    dataRoot = mkdtempSync(join(tmpdir(), 'commonroom-rt-pg-'));
    chmodSync(dataRoot, 0o755);
    port = await findFreePort();
    await startPostgres();
    await postgres.createDatabase(DATABASE);
    await runMigrations({ url: postgres.url(DATABASE), poolSize: 1 }, APP_ENTITIES);
    const env = { DATABASE_URL: postgres.url(DATABASE) };
    nodes = [await startTestApp(env), await startTestApp(env)];
    await Promise.all(nodes.map((node) => nodeHears(node, 2)));
  }, 90_000);

  afterAll(async () => {
    for (const node of nodes) await node.close();
    await postgres?.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('delivers live again once PostgreSQL is back, without restarting the app', async () => {
    const [a, b] = nodes as [TestApp, TestApp];
    const member = await signedInPerson(a);
    const members = { [member.userId]: 'member' } as const;
    const community = await buildCommunity(a.app.get(DataSource), { visibility: 'hidden', members });
    const stream = streams.community(community.id);
    const socket = keep(await connectAs(b, member));
    const inbox = new Inbox(socket);
    await subscribe(socket, stream);
    await publish(a, stream, 1);
    await expect(arrives(inbox, 1)).resolves.toBe(true);

    await postgres.stop();
    await startPostgres();

    // Published through node A until node B passes one on: B hears A only through PostgreSQL.
    const deadline = Date.now() + 30_000;
    let delivered = false;
    while (!delivered && Date.now() < deadline) {
      await publish(a, stream, 1).catch(() => undefined); // A's own pool may still hold a dead connection
      delivered = await arrives(inbox, 2, 500);
    }
    expect(delivered).toBe(true);
    expect(socket.connected).toBe(true);
  }, 90_000);
});

/** Whether the inbox holds at least `count` events within the time. */
async function arrives(inbox: Inbox, count: number, timeoutMs = 5000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (inbox.events.length >= count) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return inbox.events.length >= count;
}
