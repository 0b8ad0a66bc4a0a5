import { APP_ENTITIES } from '../../src/app.entities';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from '@commonroom/infra';
import { runMigrations } from '../../src/infrastructure/database/data-source';
import { TEST_ENV, withDatabase } from './database';

const TEMPLATE = 'commonroom_template';

declare global {
  var __COMMONROOM_TEST_PG__: RunningPostgres | undefined;
}

/** Starts one real PostgreSQL for the whole run and migrates a template database once. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const parent = mkdtempSync(join(tmpdir(), 'commonroom-test-'));
  chmodSync(parent, 0o755); // reachable by the postgres user when tests run as root
  const server = await startEmbeddedPostgres({
    dataDir: join(parent, 'pg'),
    port: await findFreePort(),
    ephemeral: true,
  });
  globalThis.__COMMONROOM_TEST_PG__ = server;
  await server.createDatabase(TEMPLATE);
  await runMigrations({ url: withDatabase(server.url(), TEMPLATE), poolSize: 1 }, APP_ENTITIES);
  process.env[TEST_ENV.adminUrl] = server.url();
  process.env[TEST_ENV.template] = TEMPLATE;
  process.stdout.write(
    `\nEmbedded PostgreSQL for tests on port ${server.port}, migrated in ${Date.now() - started} ms\n`,
  );
}
