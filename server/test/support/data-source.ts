import type { DataSource } from 'typeorm';
import { APP_ENTITIES } from '../../src/app.entities';
import { createDataSource } from '../../src/infrastructure/database/data-source';
import { testDatabaseUrl } from './database';

/** A TypeORM DataSource on this worker's migrated database, for integration tests. */
export async function openTestDataSource(): Promise<DataSource> {
  return openDataSourceOn(await testDatabaseUrl(), 4);
}

/** A DataSource with every module's entities on the given database (which may still be empty). */
export function openDataSourceOn(url: string, poolSize = 1): Promise<DataSource> {
  return createDataSource({ url, poolSize }, APP_ENTITIES).initialize();
}
