import pg from 'pg';

/** Set by the global setup: the embedded cluster's admin URL and the migrated template. */
export const TEST_ENV = { adminUrl: 'COMMONROOM_TEST_PG_ADMIN_URL', template: 'COMMONROOM_TEST_PG_TEMPLATE' } as const;

let workerDatabase: Promise<string> | undefined;

/**
 * This worker's own database, cloned from the migrated template on first use (fast: a file
 * copy). Tests in one worker share it, so tests never rely on global emptiness: they create
 * their own rows with factories.
 */
export function testDatabaseUrl(): Promise<string> {
  workerDatabase ??= createWorkerDatabase();
  return workerDatabase;
}

async function createWorkerDatabase(): Promise<string> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  if (!adminUrl || !template)
    throw new Error('The test database is not running: run tests through `npm test` (Jest global setup).');
  const name = workerDatabaseName('test_w');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A database name unique to this Jest worker, e.g. `migrations_2`. */
export function workerDatabaseName(prefix: string): string {
  return `${prefix}${process.env.JEST_WORKER_ID ?? '1'}`;
}
