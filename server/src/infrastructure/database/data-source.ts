import { types } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { EntityClasses } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A calendar date (an affiliation's start, a school's closing day) has no time zone: keep it as
// the 'YYYY-MM-DD' text PostgreSQL sends, as TypeORM does for entities, instead of a local-midnight Date.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

const CONNECT_TIMEOUT_MS = 5000;

export interface DatabaseConnection {
  url: string;
  poolSize: number;
}

/**
 * The one definition of how we talk to PostgreSQL, used by the app, the CLI and the tests.
 * Schema changes only ever come from migrations. The entities come from the composition root
 * (`src/app.entities.ts`): infrastructure does not know the features.
 */
export function dataSourceOptions(connection: DatabaseConnection, entities: EntityClasses): DataSourceOptions {
  return {
    type: 'postgres',
    url: connection.url,
    entities: [...entities],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+. Extensions are created by migrations,
    // never at connect time, so the app's role needs no superuser rights.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: false,
    // Fail fast when PostgreSQL cannot be reached (a request then answers 503) instead of
    // queueing for a connection forever; the pool opens new connections once it is back.
    extra: {
      max: connection.poolSize,
      application_name: 'commonroom',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    },
  };
}

export function createDataSource(connection: DatabaseConnection, entities: EntityClasses): DataSource {
  return new DataSource(dataSourceOptions(connection, entities));
}

/**
 * Applies pending migrations and returns their names. Takes the entities because TypeORM keeps
 * generated columns' definitions in `typeorm_metadata`, which it creates only when an entity has one.
 */
export async function runMigrations(connection: DatabaseConnection, entities: EntityClasses): Promise<string[]> {
  const dataSource = await createDataSource({ ...connection, poolSize: 1 }, entities).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
