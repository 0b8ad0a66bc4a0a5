import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createDataSource } from './data-source';
import type { EntityClasses } from './entities';

const MIGRATIONS_DIR = join(__dirname, '..', '..', '..', 'src', 'infrastructure', 'database', 'migrations');

/**
 * Writes a migration with the difference between the entities and the schema that the
 * existing migrations produce, using TypeORM's own schema builder on a scratch database.
 * Returns the file written, or undefined when there is nothing to change.
 */
export async function generateMigration(
  adminUrl: string,
  name: string,
  entities: EntityClasses,
): Promise<string | undefined> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Name the migration in PascalCase, e.g. AddAffiliations');
  const scratch = 'commonroom_migration_scratch';
  await withAdmin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await c.query(`CREATE DATABASE ${scratch}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${scratch}`;
  const dataSource = await createDataSource({ url: url.toString(), poolSize: 1 }, entities).initialize();
  try {
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return undefined;
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `${timestamp}-${kebab(name)}.ts`;
    const up = sql.upQueries.map((q) => statement(q, scratch)).join('\n');
    const down = [...sql.downQueries]
      .reverse()
      .map((q) => statement(q, scratch))
      .join('\n');
    writeFileSync(
      join(MIGRATIONS_DIR, file),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    registerInIndex(className, file);
    return file;
  } finally {
    await dataSource.destroy();
    await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${scratch}`));
  }
}

function registerInIndex(className: string, file: string): void {
  const indexFile = join(MIGRATIONS_DIR, 'index.ts');
  const source = readFileSync(indexFile, 'utf8');
  const importLine = `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n`;
  const withImport = source.replace(/(\/\*\*)/, `${importLine}\n$1`);
  const updated = withImport.replace(
    /export const MIGRATIONS: MigrationClass\[\] = \[([^\]]*)\];/,
    (_m, list: string) => {
      const entries = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return `export const MIGRATIONS: MigrationClass[] = [\n${[...entries, className].map((e) => `  ${e},\n`).join('')}];`;
    },
  );
  writeFileSync(indexFile, updated);
}

async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A template literal when the SQL allows it (readable), JSON otherwise. */
function literal(sql: string): string {
  return /[`\\]|\$\{/.test(sql) ? JSON.stringify(sql) : `\`${sql}\``;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * One `queryRunner.query` line, with its parameters when TypeORM gave any (the `typeorm_metadata`
 * rows that record generated columns). The scratch database's name becomes `current_database()`,
 * so the migration records the database it actually runs in.
 */
function statement(q: { query: string; parameters?: unknown[] }, scratch: string): string {
  let sql = q.query;
  const params = [...(q.parameters ?? [])];
  const at = params.indexOf(scratch);
  if (at >= 0) {
    params.splice(at, 1);
    sql = sql.replace(/\$(\d+)/g, (_, n: string) =>
      Number(n) === at + 1 ? 'current_database()' : `$${Number(n) > at + 1 ? Number(n) - 1 : Number(n)}`,
    );
  }
  return `    await queryRunner.query(${literal(sql)}${params.length > 0 ? `, ${JSON.stringify(params)}` : ''});`;
}
