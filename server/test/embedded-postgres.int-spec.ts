import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findFreePort, inspectPostmaster, startEmbeddedPostgres } from '@commonroom/infra';

describe('embedded PostgreSQL', () => {
  it('starts after a crash left a stale postmaster.pid behind, and keeps its data', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'commonroom-pg-'));
    chmodSync(parent, 0o755);
    const first = await startEmbeddedPostgres({ dataDir: join(parent, 'pg'), port: await findFreePort() });
    const dataDir = first.dataDir;
    const client = new pg.Client({ connectionString: first.url() });
    await client.connect();
    await client.query('CREATE TABLE kept (v text)');
    await client.query(`INSERT INTO kept VALUES ('still here')`);
    await client.end();
    await first.stop();

    // A pid that is not a running postgres, as after the whole machine was killed.
    writeFileSync(join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n`);
    expect(inspectPostmaster(dataDir)).toEqual({ kind: 'stale', pid: 999999 });
    const notes: string[] = [];
    const second = await startEmbeddedPostgres({
      dataDir,
      port: await findFreePort(),
      ephemeral: true,
      onNote: (n) => notes.push(n),
    });
    try {
      expect(notes.join('\n')).toMatch(/stale postmaster.pid/);
      const again = new pg.Client({ connectionString: second.url() });
      await again.connect();
      expect((await again.query('SELECT v FROM kept')).rows).toEqual([{ v: 'still here' }]);
      await again.end();
    } finally {
      await second.stop();
    }
  });
});
