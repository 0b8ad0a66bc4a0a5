import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/infrastructure/database/data-source';
import { testDatabaseUrl } from './database';

/** A TypeORM DataSource on this worker's migrated database, for integration tests. */
export async function openTestDataSource(): Promise<DataSource> {
  return createDataSource({ url: await testDatabaseUrl(), poolSize: 4 }).initialize();
}
