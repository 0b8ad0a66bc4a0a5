// Forum HTTP throughput and latency at IDeA scale: category listing, a thread's first page (and
// its detail), a late page of the 5,000-post thread, and replying, each at 50 connections as
// signed-in members, against the built server in production mode on the seeded database.
// Usage: npm run build && node bench/forums/seed.mjs && node bench/forums/http.mjs
//   [--connections=50] [--warmup=5] [--duration=20] [--runs=3] [--only=category,thread-page,...] [--out=forums-http]
//   [--debug-bodies] (keeps the first failed responses' bodies)
//   [--compare=<another checkout>] before (that checkout's build) against after (this one's), interleaved:
//     for each scenario, `runs` rounds of before then after, each build started fresh for its run
//     (sign-in, warm-up, measured run, stop), so only one server runs at a time, against the same
//     database, migrated by this checkout's build. Both checkouts must be built. Writes medians per
//     build and after/before ratios to bench/results/forums-http-compare.json (or --out).
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { ceiling, loadRun } from '../lib/load.mjs';
import { machine } from '../lib/server.mjs';
import { replyText } from './content.mjs';
import {
  clearPostingCounters,
  connectSeeded,
  cookieNames,
  cpuMeter,
  divide,
  ensureSessions,
  heapMb,
  migrate,
  percentile,
  round,
  sampleRss,
  seedDescription,
  signInAll,
  startDatabase,
  startServer,
  statementSnapshot,
  statementsPerRequest,
} from './lib.mjs';
import { categoryTargets, longThread, threadTargets } from './targets.mjs';
import { benchArgs } from '../lib/args.mjs';
import { writeResult } from '../lib/results.mjs';

const args = benchArgs();
const CONNECTIONS = Number(args.get('connections') ?? 50);
const WARMUP_SECONDS = Number(args.get('warmup') ?? 5);
const DURATION_SECONDS = Number(args.get('duration') ?? 20);
const RUNS = Number(args.get('runs') ?? 3);
const ONLY = args.get('only')?.split(',');
const COMPARE = args.has('compare') ? resolve(args.get('compare')) : undefined;
const OUT = args.get('out') ?? (COMPARE ? 'forums-http-compare' : 'forums-http');
const DEBUG_BODIES = args.has('debug-bodies');
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? '10';
const runId = Date.now().toString(36);

const GOALS = {
  read: { requestsPerSecond: 1_000, p99Ms: 100 },
  reply: { requestsPerSecond: 200 },
  serverRssMb: 250,
};

/** The measures compared, as [name, pick from a build's summary, whether more is better]. */
const MEASURES = [
  ['requestsPerSecond', (s) => s.requestsPerSecond, true],
  ['latencyP50Ms', (s) => s.latencyMs.p50, false],
  ['latencyP95Ms', (s) => s.latencyMs.p95, false],
  ['latencyP99Ms', (s) => s.latencyMs.p99, false],
  ['serverCpuMsPerRequest', (s) => s.cpuMsPerRequest.server, false],
  ['postgresCpuMsPerRequest', (s) => s.cpuMsPerRequest.postgres, false],
  ['sqlStatementsPerRequest', (s) => s.sqlStatementsPerRequest, false],
  ['serverRssMbPeak', (s) => s.serverRssMb.peak, false],
  ['serverRssMbMedian', (s) => s.serverRssMb.median, false],
];
/** The same measures from one run (a run has no median RSS across runs: its own median). */
const RUN_MEASURES = {
  requestsPerSecond: (r) => r.requestsPerSecond,
  latencyP50Ms: (r) => r.latencyMs.p50,
  latencyP95Ms: (r) => r.latencyMs.p95,
  latencyP99Ms: (r) => r.latencyMs.p99,
  serverCpuMsPerRequest: (r) => r.cpuMsPerRequest.server,
  postgresCpuMsPerRequest: (r) => r.cpuMsPerRequest.postgres,
  sqlStatementsPerRequest: (r) => r.sqlStatementsPerRequest,
  serverRssMbPeak: (r) => r.serverRssMb.peakMb,
  serverRssMbMedian: (r) => r.serverRssMb.medianMb,
};

const database = await startDatabase();
let server;
let db;
try {
  await migrate(database.url);
  db = await connectSeeded(database.url);
  const seed = await seedDescription(db);
  const benchPeople = seed.benchPeople;
  const long = await longThread(db);
  const categories = await categoryTargets(db, benchPeople);
  const threads = await threadTargets(db, benchPeople, 5_000);
  // Replies are spread over every member of each thread's community (all the seed's people, not
  // only the 1,000 bench people), so no one posts faster than the server's per-person posting
  // limits allow (6 a minute, 30 an hour since the posting-safety change): each target's person
  // posts about once per run. The ones outside the bench people get sessions here.
  const replyThreads = await threadTargets(db, seed.people, 5_000, { forReplies: true });
  await ensureSessions(
    db,
    replyThreads.map((t) => t.n),
  );

  let replies = 0;
  const scenarios = [
    {
      name: 'category',
      goal: GOALS.read,
      describe:
        'GET /api/communities/:slug/forum/categories/:categorySlug (first page, 25 threads), over every category',
      targets: categories,
      request: (t) => ({ path: `/api/communities/${t.community}/forum/categories/${t.category}` }),
    },
    {
      name: 'thread-page',
      goal: GOALS.read,
      describe: 'GET /api/threads/:id/posts?page=1 over 5,000 random threads',
      targets: threads,
      request: (t) => ({ path: `/api/threads/${t.thread}/posts?page=1` }),
    },
    {
      name: 'thread-detail',
      goal: GOALS.read,
      describe: 'GET /api/threads/:id over the same threads (a thread view loads this and its first page)',
      targets: threads,
      request: (t) => ({ path: `/api/threads/${t.thread}` }),
    },
    {
      name: 'long-thread-late-page',
      goal: GOALS.read,
      describe: `GET /api/threads/:id/posts?page=240 of the ${long.post_count.toLocaleString('en-GB')}-post thread (posts 4,781-4,800), as every bench person in turn`,
      targets: range(1, benchPeople).map((n) => ({ n, thread: long.id })),
      request: (t) => ({ path: `/api/threads/${t.thread}/posts?page=240` }),
    },
    {
      name: 'reply',
      goal: GOALS.reply,
      describe:
        'POST /api/threads/:id/posts (~300 bytes of Markdown, Idempotency-Key, CSRF) over 5,000 random unlocked threads, each by a random member of its community (of all 40,000 people)',
      targets: replyThreads,
      // Each run starts with nobody's posts counted this hour (the limiter's counters from earlier runs are cleared).
      beforeRun: () => clearPostingCounters(db),
      request: (t, person) => ({
        method: 'POST',
        path: `/api/threads/${t.thread}/posts`,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': person.csrfToken,
          'idempotency-key': `bench-${runId}-${++replies}`,
        },
        body: JSON.stringify({ raw: replyText(replies) }),
      }),
    },
  ].filter((s) => !ONLY || ONLY.includes(s.name));
  if (scenarios.length === 0) throw new Error(`--only=${args.get('only')} names no scenario`);

  const parameters = {
    connections: CONNECTIONS,
    warmupSeconds: WARMUP_SECONDS,
    durationSeconds: DURATION_SECONDS,
    runs: RUNS,
    server: `node server/dist/main.js, NODE_ENV=production, LOG_LEVEL=warn, DATABASE_POOL_SIZE=${POOL_SIZE}, outbox dispatcher and real-time on, loopback`,
    database: `embedded PostgreSQL ${seed.postgres} with its default settings (shared_buffers ${seed.sharedBuffers}) plus pg_stat_statements`,
    client: 'autocannon 8 in the same machine (it shares the 2 cores with the server and PostgreSQL)',
    serverNodeOptions: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
  };
  const report = COMPARE
    ? await compareBuilds(seed, parameters, scenarios)
    : await oneBuild(seed, parameters, scenarios, benchPeople);
  writeResult(repoRoot, OUT, report);
  const failed = COMPARE
    ? report.scenarios.flatMap((r) =>
        ['before', 'after']
          .filter((b) => r[b].non2xx > 0 || r[b].errors > 0)
          .map((b) => `${r.name} (${b}: ${r[b].non2xx} non-2xx, ${r[b].errors} errors)`),
      )
    : report.scenarios
        .filter((r) => r.non2xx > 0 || r.errors > 0)
        .map((r) => `${r.name} (${r.non2xx} non-2xx, ${r.errors} errors)`);
  if (failed.length > 0)
    throw new Error(`Non-2xx responses or errors in ${failed.join(', ')}: those numbers are not valid`);
} finally {
  await db?.end();
  await server?.stop();
  await database.stop();
}

/** BENCH_SERVER_NODE_OPTIONS (such as --cpu-prof --cpu-prof-dir=/tmp/prof) profiles the server alone. */
function serverEnv() {
  return { DATABASE_POOL_SIZE: POOL_SIZE, NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '' };
}

/** The usual benchmark: this checkout's build, one server for every scenario, a warm-up then RUNS runs each. */
async function oneBuild(seed, parameters, scenarios, benchPeople) {
  server = await startServer(database.url, serverEnv());
  const names = await cookieNames(server.url);
  const people = await signInAll(
    server.url,
    names,
    new Set(scenarios.flatMap((s) => s.targets.map((t) => t.n)).concat(range(1, benchPeople))),
  );
  const idle = { rssMb: sampleRss(server.pid).stop().peakMb, ...(await heapMb(server.url)) };
  const results = [];
  for (const scenario of scenarios) {
    results.push(await measure(server, db, people, scenario));
  }
  return {
    benchmark: 'forums-http',
    date: new Date().toISOString(),
    machine: machine(),
    seed,
    parameters,
    serverMemoryMbIdle: idle,
    scenarios: results,
    notes:
      "Each scenario: one warm-up, then `runs` measured runs; the scenario's figures are the medians of the runs (serverRssMb.peak is the highest). " +
      'Latency percentiles are exact, computed from every response of a measured run (not the warm-up). sqlStatementsPerRequest comes from pg_stat_statements ' +
      'before and after the measured run: every statement the server sent (BEGIN and COMMIT count, a CTE counts once) divided by the responses; background work ' +
      '(outbox poll, real-time adapter heartbeat) adds a few calls a second, and requests still in flight when a run starts add about 1 %. RSS is the server process (VmRSS, every 500 ms); PostgreSQL runs apart. ' +
      'cpuMsPerRequest is CPU time (user + system, from /proc) per response of the server process, of PostgreSQL (postmaster and all its processes) and of ' +
      'this load generator; ceilingRequestsPerSecond = min(1000 / server, 2000 / total) is what that cost allows on two quiet cores, and moves far less than ' +
      'throughput when other work shares the machine. loadAverage is the 1-minute load before and after each run (this benchmark itself adds about 2).',
  };
}

/**
 * Before (the --compare checkout's build) against after (this checkout's), interleaved: for each
 * scenario, RUNS rounds of before then after. Each run starts its build fresh (sign-in, warm-up,
 * measured run, stop), so one server runs at a time and an idle one adds nothing to the counts.
 */
async function compareBuilds(seed, parameters, scenarios) {
  const builds = [
    { label: 'before', root: COMPARE },
    { label: 'after', root: repoRoot },
  ].map((b) => ({ ...b, ...checkout(b.root) }));
  const [one, five, fifteen] = loadavg();
  const loadAverageAtStart = { one: round(one, 2), five: round(five, 2), fifteen: round(fifteen, 2) };
  for (const b of builds)
    process.stdout.write(
      `${b.label}: ${b.root} at ${b.commit}${b.dirty ? ' (with uncommitted changes)' : ''} ${b.subject}\n`,
    );
  process.stdout.write(`load average at start: ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)}\n`);
  const results = [];
  for (const scenario of scenarios) {
    process.stdout.write(`${scenario.name}: ${scenario.describe}\n`);
    const numbers = new Set(scenario.targets.map((t) => t.n));
    const runs = { before: [], after: [] };
    const warmups = { before: [], after: [] };
    // Each build walks the scenario's targets in the same order, on from where its last run stopped.
    const cursors = { before: { next: 0 }, after: { next: 0 } };
    for (let i = 1; i <= RUNS; i++) {
      for (const build of builds) {
        process.stdout.write(` round ${i}, ${build.label}:\n`);
        server = await startServer(database.url, serverEnv(), {
          root: build.root,
          logName: `forums-server-${build.label}`,
        });
        try {
          const people = await signInAll(server.url, await cookieNames(server.url), numbers);
          await scenario.beforeRun?.();
          warmups[build.label].push(await run(server, people, scenario, WARMUP_SECONDS, cursors[build.label]));
          runs[build.label].push(await measuredRun(server, db, people, scenario, cursors[build.label]));
        } finally {
          await server.stop();
          server = undefined;
        }
      }
    }
    const result = {
      name: scenario.name,
      request: scenario.describe,
      before: summarise(runs.before, warmups.before),
      after: summarise(runs.after, warmups.after),
    };
    Object.assign(result, compared(result.before, result.after));
    results.push(result);
    process.stdout.write(`  ${scenario.name}: ${line(result)}\n`);
  }
  process.stdout.write(`\n${table(results)}\n`);
  return {
    benchmark: 'forums-http-compare',
    date: new Date().toISOString(),
    machine: machine(),
    loadAverageAtStart,
    builds: Object.fromEntries(builds.map(({ label, ...b }) => [label, b])),
    database: `one seeded database for both builds, migrated by the after build (${await lastMigration()} is its latest migration); the before build runs no migrations in production mode`,
    seed,
    parameters: {
      ...parameters,
      order: `for each scenario, ${RUNS} rounds of before then after; each build is started fresh for each of its runs (sign in the scenario's people, ${WARMUP_SECONDS} s warm-up, one ${DURATION_SECONDS} s measured run, stop): only one server runs at a time`,
    },
    scenarios: results,
    notes:
      'before and after hold, per build, the medians of its measured runs (serverRssMb.peak is the highest), with non-2xx responses and errors counted over warm-ups and runs. ' +
      'ratio is after / before of those medians (above 1 is more for after: better for requestsPerSecond, worse for latency, CPU, statements and memory); null when before is 0 or missing. ' +
      "roundRatios pairs the two builds' runs of the same round (requests per second). range is the lowest and highest of the runs; slowerBeyondNoise lists the measures where after is worse by more than 5 % " +
      "and the two builds' run ranges do not overlap (fasterBeyondNoise the same the other way). Latency percentiles are exact over every response of a measured run. " +
      'sqlStatementsPerRequest is every statement the server sent (pg_stat_statements, BEGIN and COMMIT count) over the responses; background work (outbox poll, real-time heartbeat) adds a few a second. ' +
      'cpuMsPerRequest is CPU (user + system, /proc) per response of the server process, of PostgreSQL (postmaster and all its processes) and of this load generator; ' +
      'it moves far less than throughput when other work shares the machine. RSS is the server process (VmRSS every 500 ms) over one measured run after its warm-up. ' +
      'loadAverage in each run is the 1-minute load before and after it (this benchmark itself adds about 2).',
  };
}

/** After / before for every measure, the runs' ranges, and which differences are beyond noise. */
function compared(before, after) {
  const ratio = {};
  const range = { before: {}, after: {} };
  const slowerBeyondNoise = [];
  const fasterBeyondNoise = [];
  for (const [name, pick, moreIsBetter] of MEASURES) {
    ratio[name] = divide(pick(after), pick(before), 3);
    const spread = (runs) => {
      const values = runs.map(RUN_MEASURES[name]).filter((v) => v !== null && v !== undefined);
      return values.length ? [Math.min(...values), Math.max(...values)] : null;
    };
    const b = spread(before.runs);
    const a = spread(after.runs);
    range.before[name] = b;
    range.after[name] = a;
    if (ratio[name] === null || !a || !b) continue;
    const worse = moreIsBetter ? ratio[name] < 0.95 && a[1] < b[0] : ratio[name] > 1.05 && a[0] > b[1];
    const better = moreIsBetter ? ratio[name] > 1.05 && a[0] > b[1] : ratio[name] < 0.95 && a[1] < b[0];
    if (worse) slowerBeyondNoise.push(name);
    if (better) fasterBeyondNoise.push(name);
  }
  const roundRatios = {
    requestsPerSecond: after.runs.map((r, i) =>
      divide(r.requestsPerSecond, before.runs[i]?.requestsPerSecond ?? null, 3),
    ),
  };
  return { ratio, roundRatios, range, slowerBeyondNoise, fasterBeyondNoise };
}

function line(r) {
  const f = (s) =>
    `${s.requestsPerSecond} req/s p50 ${s.latencyMs.p50} p95 ${s.latencyMs.p95} p99 ${s.latencyMs.p99} ms, ${s.sqlStatementsPerRequest} statements, non-2xx ${s.non2xx}, errors ${s.errors}`;
  return `before ${f(r.before)} · after ${f(r.after)} · ratio ${r.ratio.requestsPerSecond}${r.slowerBeyondNoise.length ? ` · SLOWER beyond noise: ${r.slowerBeyondNoise.join(', ')}` : ''}`;
}

/** A Markdown table of the comparison, for bench/README.md. */
function table(results) {
  const rows = results.map((r) =>
    [
      r.name,
      `${r.before.requestsPerSecond} (p99 ${r.before.latencyMs.p99})`,
      `${r.after.requestsPerSecond} (p99 ${r.after.latencyMs.p99})`,
      `${r.ratio.requestsPerSecond} (p99 ${r.ratio.latencyP99Ms})`,
      `${r.before.cpuMsPerRequest.server} / ${r.after.cpuMsPerRequest.server}`,
      `${r.before.cpuMsPerRequest.postgres} / ${r.after.cpuMsPerRequest.postgres}`,
      `${r.before.sqlStatementsPerRequest} / ${r.after.sqlStatementsPerRequest}`,
      r.slowerBeyondNoise.join(', ') || '-',
    ].join(' | '),
  );
  return [
    '| scenario | before req/s (p99 ms) | after req/s (p99 ms) | after/before | server CPU ms/req | PostgreSQL CPU ms/req | SQL statements/req | slower beyond noise |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** The commit a checkout is at, and whether it has uncommitted changes (outside bench/). */
function checkout(root) {
  const git = (...a) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' }).trim();
  try {
    return {
      root,
      commit: git('rev-parse', 'HEAD'),
      subject: git('log', '-1', '--format=%s'),
      dirty: git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench').length > 0,
    };
  } catch {
    return { root, commit: null, subject: 'not a git checkout', dirty: null };
  }
}

async function lastMigration() {
  try {
    const { rows } = await db.query('SELECT name FROM schema_migrations ORDER BY timestamp DESC LIMIT 1');
    return rows[0]?.name ?? 'none';
  } catch {
    return 'unknown';
  }
}

/** A warm-up run, then RUNS measured runs, each with memory, CPU and statement counts around it. */
async function measure(server, db, people, scenario) {
  process.stdout.write(`${scenario.name}: ${scenario.describe}\n`);
  const cursor = { next: 0 };
  await scenario.beforeRun?.();
  const warmup = await run(server, people, scenario, WARMUP_SECONDS, cursor);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measuredRun(server, db, people, scenario, cursor));
  const result = { name: scenario.name, request: scenario.describe, ...summarise(runs, [warmup]) };
  result.goal = {
    ...scenario.goal,
    serverRssMb: GOALS.serverRssMb,
    speedMet:
      result.requestsPerSecond >= scenario.goal.requestsPerSecond &&
      (scenario.goal.p99Ms === undefined || result.latencyMs.p99 <= scenario.goal.p99Ms),
    memoryMet: result.serverRssMb.peak <= GOALS.serverRssMb,
  };
  process.stdout.write(
    `  median of ${RUNS}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms; RSS peak ${result.serverRssMb.peak} MB\n`,
  );
  for (const failure of result.failures) process.stdout.write(`  ! ${failure}\n`);
  return result;
}

/**
 * The medians of measured runs (serverRssMb.peak is the highest), with every non-2xx response and
 * error, warm-ups included. Values a run could not measure (no responses) are left out of the medians.
 */
function summarise(runs, warmups) {
  const median = (pick) =>
    percentile(
      runs.map(pick).filter((v) => v !== null && v !== undefined),
      50,
    );
  return {
    requestsPerSecond: median((r) => r.requestsPerSecond),
    latencyMs: Object.fromEntries(['p50', 'p95', 'p99', 'max'].map((p) => [p, median((r) => r.latencyMs[p])])),
    serverRssMb: {
      peak: Math.max(0, ...runs.map((r) => r.serverRssMb.peakMb)),
      median: median((r) => r.serverRssMb.medianMb),
    },
    cpuMsPerRequest: Object.fromEntries(
      ['server', 'postgres', 'loadGenerator'].map((k) => [k, median((r) => r.cpuMsPerRequest[k])]),
    ),
    ceilingRequestsPerSecond: median((r) => r.ceilingRequestsPerSecond),
    sqlStatementsPerRequest: median((r) => r.sqlStatementsPerRequest),
    sqlStatements: runs[0]?.sqlStatements ?? [],
    responses: runs.reduce((sum, r) => sum + r.responses, 0),
    non2xx: [...warmups, ...runs].reduce((sum, r) => sum + r.non2xx, 0),
    errors: [...warmups, ...runs].reduce((sum, r) => sum + r.errors, 0),
    failures: [...warmups.flatMap((w) => w.failures), ...runs.flatMap((r) => r.failures)].slice(0, 5),
    runs: runs.map(({ sqlStatements: _, failures: __, ...r }) => r),
  };
}

async function measuredRun(server, db, people, scenario, cursor) {
  await scenario.beforeRun?.();
  const before = await statementSnapshot(db);
  const loadBefore = loadavg()[0];
  const rss = sampleRss(server.pid);
  const cpu = cpuMeter(server.pid, database.dataDir);
  const measured = await run(server, people, scenario, DURATION_SECONDS, cursor);
  const cpuMsPerRequest = cpu.stop(measured.responses);
  const memory = { ...rss.stop(), afterRun: await heapMb(server.url) };
  const statements = statementsPerRequest(before, await statementSnapshot(db), measured.responses);
  const result = {
    requestsPerSecond: divide(measured.responses, measured.seconds),
    latencyMs: { p50: measured.p50, p95: measured.p95, p99: measured.p99, max: measured.max },
    responses: measured.responses,
    non2xx: measured.non2xx,
    errors: measured.errors,
    failures: measured.failures,
    serverRssMb: memory,
    cpuMsPerRequest,
    ceilingRequestsPerSecond: ceiling(cpuMsPerRequest),
    sqlStatementsPerRequest: statements.perRequest,
    sqlStatements: statements.statements,
    loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
  };
  process.stdout.write(
    `  ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, ` +
      `non-2xx ${result.non2xx}, errors ${result.errors}, RSS peak ${memory.peakMb} MB (median ${memory.medianMb}, V8 heap ${memory.afterRun.heapUsed}/${memory.afterRun.heapTotal} MB), ${statements.perRequest} SQL statements/request\n` +
      `  CPU per request: server ${cpuMsPerRequest.server} ms, PostgreSQL ${cpuMsPerRequest.postgres} ms, autocannon ${cpuMsPerRequest.loadGenerator} ms → ceiling ${result.ceilingRequestsPerSecond} req/s; load ${result.loadAverage.before} → ${result.loadAverage.after}\n`,
  );
  return result;
}

/**
 * One autocannon run of a scenario, each request as the target's signed-in person, walking the
 * targets on from `cursor` (so a measured run does not replay what its warm-up just did).
 */
function run(server, people, scenario, seconds, cursor) {
  return loadRun({
    url: server.url,
    connections: CONNECTIONS,
    seconds,
    debugBodies: DEBUG_BODIES,
    nextRequest: () => {
      const target = scenario.targets[cursor.next++ % scenario.targets.length];
      const person = people.get(target.n);
      const built = scenario.request(target, person);
      return { ...built, headers: { ...built.headers, cookie: person.cookie } };
    },
  });
}

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
