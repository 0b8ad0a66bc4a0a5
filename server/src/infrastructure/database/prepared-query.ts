import type { DataSource } from 'typeorm';

interface PgPool {
  query<T>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

/**
 * Runs a hot read as a named prepared statement (pg's `{ name, text, values }`): each pooled
 * connection parses and plans it once, then only binds and executes. TypeORM has no switch for
 * this. Worth it where planning costs as much as running (a read through inlined views and the
 * `community_access()` function plans in ~0.5 ms and runs in ~0.05 ms). The name must be unique
 * per text; PostgreSQL re-plans by itself when the schema changes. Not for statements inside a
 * transaction (they run on the transaction's own connection).
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  return (await pool.query<T>({ name, text, values })).rows;
}
