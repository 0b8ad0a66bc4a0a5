import { APP_ENTITIES } from '../app.entities';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../infrastructure/config/app-config';
import { ConfigError, loadConfig } from '../infrastructure/config/load-config';
import { runMigrations } from '../infrastructure/database/data-source';
import { resolveDatabase, type ResolvedDatabase } from '../infrastructure/database/resolve-database';

export const REPO_ROOT = resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = (require('../../package.json') as { version: string }).version;

/** Parses the environment or exits with one message naming every bad variable. */
export function loadConfigOrExit(overrides: Record<string, string> = {}): AppConfig {
  try {
    return withLocalSecretKey(
      loadConfig(
        { ...process.env, ...overrides },
        { repoRoot: REPO_ROOT, version: VERSION, isTty: process.stdout.isTTY },
      ),
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}

/** Connects to (or starts) PostgreSQL and applies pending migrations when configured to. */
export async function prepareDatabase(
  config: AppConfig,
  logger: Logger,
  options: { migrate?: boolean } = {},
): Promise<ResolvedDatabase> {
  const database = await resolveDatabase(config, logger);
  if (options.migrate ?? config.database.migrateOnStart) {
    const applied = await runMigrations({ url: database.url, poolSize: 1 }, APP_ENTITIES);
    if (applied.length > 0) logger.info({ applied }, `Applied ${applied.length} migration(s)`);
  }
  return database;
}

/**
 * Outside production, SECRET_KEY may be unset: a random key is generated once into
 * `.data/secret-key` (readable by its owner only) so two-factor secrets survive restarts.
 */
export function withLocalSecretKey(config: AppConfig): AppConfig {
  if (config.auth.secretKey) return config;
  const file = join(REPO_ROOT, '.data', 'secret-key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  const secretKey = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  return Object.freeze({ ...config, auth: Object.freeze({ ...config.auth, secretKey }) });
}
