// What the forum benchmarks share: the seeded database (its own embedded PostgreSQL cluster, with
// pg_stat_statements to count SQL statements), the built server started against it as in
// production, bench people's session cookies, server memory sampling and percentiles.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, startEmbeddedPostgres } from '@commonroom/infra';
import pg from 'pg';
import { node24, repoRoot } from '../../infra/scripts/node24.mjs';

export const WORK_DIR = join(repoRoot, 'bench', '.work');
/** Kept between runs: seeding takes minutes, the HTTP and live benchmarks reuse it. */
const DATA_DIR = join(WORK_DIR, 'forums-pg');
export const DATABASE = 'commonroom';
const CLI = join(repoRoot, 'server', 'dist', 'cli.js');

/**
 * Starts the bench cluster with pg_stat_statements loaded (it has to be preloaded, which means a
 * restart the first time). Everything else is the embedded PostgreSQL's defaults, as shipped.
 * Another benchmark may keep its own cluster (`dataDir`) so it can run while this one is seeded.
 */
export async function startDatabase({ dataDir = DATA_DIR } = {}) {
  const port = await findFreePort();
  mkdirSync(WORK_DIR, { recursive: true });
  let server = await startEmbeddedPostgres({
    dataDir,
    port,
    onNote: (line) => process.stdout.write(`postgres: ${line}\n`),
  });
  const admin = new pg.Client({ connectionString: server.url() });
  await admin.connect();
  const { rows } = await admin.query('SHOW shared_preload_libraries');
  if (!rows[0].shared_preload_libraries.includes('pg_stat_statements')) {
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await admin.end();
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port });
  } else {
    await admin.end();
  }
  await server.createDatabase(DATABASE);
  const url = server.url(DATABASE);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await client.end();
  return { url, port, dataDir: server.dataDir, stop: () => server.stop() };
}

/** Applies the server's migrations with its own CLI (a no-op when the schema is current). */
export async function migrate(databaseUrl) {
  const child = spawn(node24, [CLI, 'migrate'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'http://127.0.0.1',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      SECRET_KEY: randomBytes(32).toString('base64'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`Migrating the bench database failed (exit ${code})`);
}

/**
 * Bench person n's session token. The seed stores sha256(token) as the app does
 * (server/src/infrastructure/security/secure-token.ts), so the load scripts sign in with a cookie
 * and no password hashing skews the numbers.
 */
const SESSION_TOKEN_PREFIX = 'bench-session-';
export const sessionToken = (n) => `${SESSION_TOKEN_PREFIX}${n}`;
/** SQL for the stored hash of bench person `idxSql`'s token: base64url(sha256(token)), as hashToken() makes it. */
export const tokenHashSql = (idxSql) =>
  `rtrim(translate(encode(sha256(convert_to('${SESSION_TOKEN_PREFIX}' || ${idxSql}, 'UTF8')), 'base64'), '+/', '-_'), '=')`;

/**
 * Sessions (as the seed makes them for the bench people) for seeded people `numbers` that have
 * none, so a scenario can act as any of the 40,000 people.
 */
export async function ensureSessions(client, numbers) {
  await client.query(
    `INSERT INTO sessions (token_hash, user_id, sign_in_method, user_agent, expires_at)
     SELECT ${tokenHashSql('u.idx')}, u.id, 'password', 'commonroom-bench', now() + interval '30 days'
       FROM bench.users u
      WHERE u.idx = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.token_hash = ${tokenHashSql('u.idx')})`,
    [[...new Set(numbers)]],
  );
}

/**
 * Forgets every per-person posting count (the server's posting limits, counted in
 * rate_limit_buckets since the posting-safety change), so a run's replies are not refused for
 * what earlier runs posted. A no-op for a build without posting limits.
 */
export async function clearPostingCounters(client) {
  await client.query(`DELETE FROM rate_limit_buckets WHERE key LIKE 'posts:%'`);
}

/** A seeded bench database, or a clear message telling how to make one. */
export async function connectSeeded(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const seeded = await client.query(`SELECT to_regclass('bench.meta') IS NOT NULL AS ok`);
  if (!seeded.rows[0].ok) throw new Error('The bench database is not seeded: run node bench/forums/seed.mjs first.');
  // Sessions expire after a week idle: make the pool usable however long ago the seed ran.
  await client.query(
    `UPDATE sessions SET last_seen_at = now(), expires_at = now() + interval '30 days', revoked_at = NULL WHERE user_agent = 'commonroom-bench'`,
  );
  return client;
}

/** The seed's description, stored by seed.mjs, for the result files. */
export async function seedDescription(client) {
  const { rows } = await client.query('SELECT description FROM bench.meta');
  return rows[0].description;
}

/**
 * Starts server/dist/main.js against the bench database as production would run it (JSON logs at
 * warn, no demo seed, no migrations at boot, real-time and the outbox dispatcher on).
 * `root` is the checkout whose build runs (this one by default; `http.mjs --compare` passes
 * another), with that checkout's Node 24 when it has one; `logName` names its log file.
 */
export async function startServer(databaseUrl, env = {}, { root = repoRoot, logName = 'forums-server' } = {}) {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  // Its warnings and errors go to a file, printed if it dies: the benchmark's own output stays readable.
  const logFile = join(WORK_DIR, `${logName}.log`);
  const log = openSync(logFile, 'w');
  const main = join(root, 'server', 'dist', 'main.js');
  if (!existsSync(main))
    throw new Error(
      `${main} does not exist: build that checkout first (npx nx run-many -t build --projects=@commonroom/server)`,
    );
  const ownNode = join(root, 'node_modules', '.bin', 'node');
  const child = spawn(existsSync(ownNode) ? ownNode : node24, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_URL: databaseUrl,
      SECRET_KEY: randomBytes(32).toString('base64'),
      // Nothing in these benchmarks sends mail; production only insists that a server is named.
      SMTP_URL: 'smtp://127.0.0.1:2525',
      LOG_LEVEL: 'warn',
      SERVE_CLIENT: 'false',
      UPLOADS_DIR: join(WORK_DIR, 'uploads'),
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let stopping = false;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  void exited.then(({ code, signal }) => {
    if (stopping) return;
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    process.stderr.write(
      `\nThe server died during the benchmark (exit ${code}, signal ${signal}). The end of ${logFile}:\n${tail}\n`,
    );
    process.exit(1);
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`The server did not become ready; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      stopping = true;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The server's V8 heap and memory outside it, from its own Prometheus metrics (prom-client defaults). */
export async function heapMb(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const metric = (name) => Math.round(Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? 0) / 2 ** 20);
  return {
    heapUsed: metric('nodejs_heap_size_used_bytes'),
    heapTotal: metric('nodejs_heap_size_total_bytes'),
    external: metric('nodejs_external_memory_bytes'),
    rss: metric('process_resident_memory_bytes'),
  };
}

/** Cookie names depend on whether the origin counts as secure (`__Host-` prefix); ask the server. */
export async function cookieNames(url) {
  const response = await fetch(`${url}/api/auth/session`);
  const csrf = response.headers
    .getSetCookie()
    .map((c) => c.split('=')[0])
    .find((name) => name.endsWith('csrf'));
  if (!csrf) throw new Error('GET /api/auth/session did not set a CSRF cookie');
  return { session: csrf.replace('csrf', 'session'), csrf };
}

/**
 * What a signed-in browser tab holds for person n: the session cookie and, from
 * GET /api/auth/session, the CSRF token and its cookie.
 */
export async function signedIn(url, names, n) {
  const session = `${names.session}=${sessionToken(n)}`;
  const response = await fetch(`${url}/api/auth/session`, { headers: { cookie: session } });
  const body = await response.json();
  if (!body.user) throw new Error(`Bench person ${n} is not signed in: ${JSON.stringify(body)}`);
  const csrfCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${names.csrf}=`));
  return {
    n,
    userId: body.user.id,
    sessionCookie: session,
    cookie: `${session}; ${csrfCookie}`,
    csrfToken: body.csrfToken,
  };
}

/** Signs in bench people `numbers` (16 at a time): a Map from each number to signedIn()'s answer. */
export async function signInAll(url, names, numbers) {
  const people = new Map();
  const queue = [...numbers];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let n = queue.pop(); n !== undefined; n = queue.pop()) people.set(n, await signedIn(url, names, n));
    }),
  );
  return people;
}

/** Samples a process's resident memory (VmRSS) every 500 ms. */
export function sampleRss(pid) {
  const samples = [];
  const read = () => {
    try {
      samples.push(
        Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024),
      );
    } catch {
      // The process is gone; startServer reports that.
    }
  };
  read();
  const timer = setInterval(read, 500);
  return {
    stop() {
      clearInterval(timer);
      read();
      return { peakMb: Math.max(...samples), medianMb: percentile(samples, 50), samples: samples.length };
    },
  };
}

const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc counts CPU time in 10 ms ticks

/** CPU time (user + system, ms) a process has used, from /proc/<pid>/stat. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime
  } catch {
    return 0; // the process ended
  }
}

/** PostgreSQL's postmaster and every backend and worker it started. */
function postgresPids(dataDir) {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return (
          Number(
            readFileSync(`/proc/${pid}/stat`, 'utf8')
              .replace(/^.*\) /s, '')
              .split(' ')[1],
          ) === postmaster
        );
      } catch {
        return false;
      }
    });
  return [postmaster, ...children.map(Number)];
}

/**
 * CPU used by the server, PostgreSQL and this load generator over a run, per request: unlike
 * throughput, it hardly changes when other work on a shared machine takes CPU away, so it shows
 * what a request costs and how many a quiet machine could serve.
 */
export function cpuMeter(serverPid, dataDir) {
  const read = () => ({
    server: cpuMs(serverPid),
    postgres: new Map(postgresPids(dataDir).map((pid) => [pid, cpuMs(pid)])),
    client: process.cpuUsage(),
  });
  const before = read();
  return {
    stop(requests) {
      const after = read();
      // A backend started during the run counts from zero; one that ended is lost (the pools keep theirs open).
      let postgres = 0;
      for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
      const client = process.cpuUsage(before.client);
      const perRequest = (ms) => divide(ms, requests, 2);
      return {
        server: perRequest(after.server - before.server),
        postgres: perRequest(postgres),
        loadGenerator: perRequest((client.user + client.system) / 1000),
      };
    },
  };
}

/** Nearest-rank percentile of an array of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * 10 ** digits) / 10 ** digits;

/** `value / by`, rounded; null (never Infinity or NaN) when there is nothing to divide by (a run with no responses). */
export const divide = (value, by, digits = 1) =>
  value === null || by === null || !(by > 0) ? null : round(value / by, digits);

/**
 * Counts SQL statements between two points from pg_stat_statements (every statement the server
 * sent, BEGIN and COMMIT included; a CTE is one statement). Background work (the outbox poll,
 * the real-time adapter's heartbeat) lands in the same counters but is a few calls a second.
 */
export async function statementSnapshot(client) {
  const { rows } = await client.query(
    `SELECT queryid::text AS id, calls::bigint AS calls, query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return new Map(rows.map((r) => [r.id, { calls: Number(r.calls), query: r.query }]));
}

/** Statements per request between two snapshots, with the ones that ran at least once per 100 requests. */
export function statementsPerRequest(before, after, requests) {
  const diffs = [];
  for (const [id, { calls, query }] of after) {
    const delta = calls - (before.get(id)?.calls ?? 0);
    if (delta > 0 && !query.includes('pg_stat_statements')) diffs.push({ calls: delta, query });
  }
  const total = diffs.reduce((sum, d) => sum + d.calls, 0);
  return {
    perRequest: divide(total, requests, 2),
    statements: diffs
      .filter((d) => requests > 0 && d.calls / requests >= 0.01)
      .sort((a, b) => b.calls - a.calls)
      .map((d) => ({ perRequest: divide(d.calls, requests, 2), query: d.query.replace(/\s+/g, ' ').slice(0, 160) })),
  };
}
