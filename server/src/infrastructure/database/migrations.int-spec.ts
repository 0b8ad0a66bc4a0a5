import pg from 'pg';
import { DataSource } from 'typeorm';
import { TEST_ENV, withDatabase, workerDatabaseName } from '../../../test/support/database';
import { openDataSourceOn } from '../../../test/support/data-source';
import { MIGRATIONS } from './migrations';

/** Runs on a database of its own: migrations must apply to an empty one and revert cleanly. */
describe('migrations', () => {
  const name = workerDatabaseName('migrations_');
  let admin: pg.Client;
  let dataSource: DataSource;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env[TEST_ENV.adminUrl] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    dataSource = await openDataSourceOn(withDatabase(process.env[TEST_ENV.adminUrl]!, name));
  });

  afterAll(async () => {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  });

  // schema_migrations and typeorm_metadata (where TypeORM records generated columns) are TypeORM's own bookkeeping.
  const tables = async () =>
    (
      await dataSource.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('schema_migrations', 'typeorm_metadata') ORDER BY 1`,
      )
    ).map((r: { tablename: string }) => r.tablename);

  it('apply to an empty database and leave nothing for the entities to change', async () => {
    await dataSource.runMigrations();
    expect(await tables()).toEqual(expect.arrayContaining(['organisations', 'outbox_events']));
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert completely with their down steps, and apply again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    expect(await tables()).toEqual([]);
    await dataSource.runMigrations();
    expect(await tables()).toEqual(expect.arrayContaining(['organisations', 'outbox_events']));
  });
});
