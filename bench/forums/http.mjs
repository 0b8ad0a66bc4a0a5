// Forum HTTP throughput and latency at IDeA scale: category listing, a thread's first page (and
// its detail), a late page of the 5,000-post thread, and replying, each at 50 connections as
// signed-in members, against the built server in production mode on the seeded database.
// Usage: npm run build && node bench/forums/seed.mjs && node bench/forums/http.mjs
//   [--connections=50] [--warmup=5] [--duration=20] [--runs=3] [--only=category,thread-page,...] [--out=forums-http]
//   [--debug-bodies] (keeps the first failed responses' bodies)
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { ceiling, loadRun } from '../lib/load.mjs';
import { machine } from '../lib/server.mjs';
import { replyText } from './content.mjs';
import { connectSeeded, cookieNames, cpuMeter, heapMb, migrate, percentile, round, sampleRss, seedDescription, signedIn, startDatabase, startServer, statementSnapshot, statementsPerRequest } from './lib.mjs';
import { categoryTargets, longThread, threadTargets } from './targets.mjs';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? 'true']));
const CONNECTIONS = Number(args.get('connections') ?? 50);
const WARMUP_SECONDS = Number(args.get('warmup') ?? 5);
const DURATION_SECONDS = Number(args.get('duration') ?? 20);
const RUNS = Number(args.get('runs') ?? 3);
const ONLY = args.get('only')?.split(',');
const OUT = args.get('out') ?? 'forums-http';
const DEBUG_BODIES = args.has('debug-bodies');
const POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? '10';
const runId = Date.now().toString(36);

const GOALS = {
  read: { requestsPerSecond: 1_000, p99Ms: 100 },
  reply: { requestsPerSecond: 200 },
  serverRssMb: 250,
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
  const replyThreads = await threadTargets(db, benchPeople, 5_000, { forReplies: true });

  // BENCH_SERVER_NODE_OPTIONS (such as --cpu-prof --cpu-prof-dir=/tmp/prof) profiles the server alone.
  server = await startServer(database.url, { DATABASE_POOL_SIZE: POOL_SIZE, NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '' });
  const names = await cookieNames(server.url);
  const people = await signInAll(server.url, names, new Set([...categories, ...threads, ...replyThreads].map((t) => t.n).concat(range(1, benchPeople))));
  const idle = { rssMb: sampleRss(server.pid).stop().peakMb, ...(await heapMb(server.url)) };

  let replies = 0;
  const scenarios = [
    { name: 'category', goal: GOALS.read, describe: 'GET /api/communities/:slug/forum/categories/:categorySlug (first page, 25 threads), over every category', targets: categories, request: (t) => ({ path: `/api/communities/${t.community}/forum/categories/${t.category}` }) },
    { name: 'thread-page', goal: GOALS.read, describe: 'GET /api/threads/:id/posts?page=1 over 5,000 random threads', targets: threads, request: (t) => ({ path: `/api/threads/${t.thread}/posts?page=1` }) },
    { name: 'thread-detail', goal: GOALS.read, describe: 'GET /api/threads/:id over the same threads (a thread view loads this and its first page)', targets: threads, request: (t) => ({ path: `/api/threads/${t.thread}` }) },
    { name: 'long-thread-late-page', goal: GOALS.read, describe: `GET /api/threads/:id/posts?page=240 of the ${long.post_count.toLocaleString('en-GB')}-post thread (posts 4,781-4,800), as every bench person in turn`, targets: range(1, benchPeople).map((n) => ({ n, thread: long.id })), request: (t) => ({ path: `/api/threads/${t.thread}/posts?page=240` }) },
    {
      name: 'reply',
      goal: GOALS.reply,
      describe: 'POST /api/threads/:id/posts (~300 bytes of Markdown, Idempotency-Key, CSRF) over 5,000 random unlocked threads, each by a member of its community',
      targets: replyThreads,
      request: (t, person) => ({
        method: 'POST',
        path: `/api/threads/${t.thread}/posts`,
        headers: { 'content-type': 'application/json', 'x-csrf-token': person.csrfToken, 'idempotency-key': `bench-${runId}-${++replies}` },
        body: JSON.stringify({ raw: replyText(replies) }),
      }),
    },
  ].filter((s) => !ONLY || ONLY.includes(s.name));

  const results = [];
  for (const scenario of scenarios) {
    results.push(await measure(server, db, people, scenario));
  }
  const report = {
    benchmark: 'forums-http',
    date: new Date().toISOString(),
    machine: machine(),
    seed,
    parameters: {
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      durationSeconds: DURATION_SECONDS,
      runs: RUNS,
      server: `node server/dist/main.js, NODE_ENV=production, LOG_LEVEL=warn, DATABASE_POOL_SIZE=${POOL_SIZE}, outbox dispatcher and real-time on, loopback`,
      database: `embedded PostgreSQL ${seed.postgres} with its default settings (shared_buffers ${seed.sharedBuffers}) plus pg_stat_statements`,
      client: 'autocannon 8 in the same machine (it shares the 2 cores with the server and PostgreSQL)',
      serverNodeOptions: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
    },
    serverMemoryMbIdle: idle,
    scenarios: results,
    notes:
      'Each scenario: one warm-up, then `runs` measured runs; the scenario\'s figures are the medians of the runs (serverRssMb.peak is the highest). ' +
      'Latency percentiles are exact, computed from every response of a measured run (not the warm-up). sqlStatementsPerRequest comes from pg_stat_statements ' +
      'before and after the measured run: every statement the server sent (BEGIN and COMMIT count, a CTE counts once) divided by the responses; background work ' +
      '(outbox poll, real-time adapter heartbeat) adds a few calls a second, and requests still in flight when a run starts add about 1 %. RSS is the server process (VmRSS, every 500 ms); PostgreSQL runs apart. ' +
      'cpuMsPerRequest is CPU time (user + system, from /proc) per response of the server process, of PostgreSQL (postmaster and all its processes) and of ' +
      'this load generator; ceilingRequestsPerSecond = min(1000 / server, 2000 / total) is what that cost allows on two quiet cores, and moves far less than ' +
      'throughput when other work shares the machine. loadAverage is the 1-minute load before and after each run (this benchmark itself adds about 2).',
  };
  writeFileSync(join(repoRoot, 'bench', 'results', `${OUT}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const failed = results.filter((r) => r.non2xx > 0 || r.errors > 0);
  if (failed.length > 0) throw new Error(`Non-2xx responses or errors in ${failed.map((r) => r.name).join(', ')}: the numbers above are not valid`);
} finally {
  await db?.end();
  await server?.stop();
  await database.stop();
}

async function signInAll(url, names, numbers) {
  const people = new Map();
  const queue = [...numbers];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let n = queue.pop(); n !== undefined; n = queue.pop()) people.set(n, await signedIn(url, names, n));
    }),
  );
  return people;
}

/** A warm-up run, then RUNS measured runs, each with memory, CPU and statement counts around it. */
async function measure(server, db, people, scenario) {
  process.stdout.write(`${scenario.name}: ${scenario.describe}\n`);
  const warmup = await run(server, people, scenario, WARMUP_SECONDS);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measuredRun(server, db, people, scenario));
  const median = (pick) => percentile(runs.map(pick), 50);
  const result = {
    name: scenario.name,
    request: scenario.describe,
    requestsPerSecond: median((r) => r.requestsPerSecond),
    latencyMs: Object.fromEntries(['p50', 'p95', 'p99', 'max'].map((p) => [p, median((r) => r.latencyMs[p])])),
    serverRssMb: { peak: Math.max(...runs.map((r) => r.serverRssMb.peakMb)), median: median((r) => r.serverRssMb.medianMb) },
    cpuMsPerRequest: Object.fromEntries(['server', 'postgres', 'loadGenerator'].map((k) => [k, median((r) => r.cpuMsPerRequest[k])])),
    ceilingRequestsPerSecond: median((r) => r.ceilingRequestsPerSecond),
    sqlStatementsPerRequest: median((r) => r.sqlStatementsPerRequest),
    sqlStatements: runs[0].sqlStatements,
    non2xx: warmup.non2xx + runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: warmup.errors + runs.reduce((sum, r) => sum + r.errors, 0),
    failures: [...warmup.failures, ...runs.flatMap((r) => r.failures)].slice(0, 5),
    runs: runs.map(({ sqlStatements: _, failures: __, ...r }) => r),
  };
  result.goal = {
    ...scenario.goal,
    serverRssMb: GOALS.serverRssMb,
    speedMet: result.requestsPerSecond >= scenario.goal.requestsPerSecond && (scenario.goal.p99Ms === undefined || result.latencyMs.p99 <= scenario.goal.p99Ms),
    memoryMet: result.serverRssMb.peak <= GOALS.serverRssMb,
  };
  process.stdout.write(`  median of ${RUNS}: ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms; RSS peak ${result.serverRssMb.peak} MB\n`);
  for (const failure of result.failures) process.stdout.write(`  ! ${failure}\n`);
  return result;
}

async function measuredRun(server, db, people, scenario) {
  const before = await statementSnapshot(db);
  const loadBefore = loadavg()[0];
  const rss = sampleRss(server.pid);
  const cpu = cpuMeter(server.pid, database.dataDir);
  const measured = await run(server, people, scenario, DURATION_SECONDS);
  const cpuMsPerRequest = cpu.stop(measured.responses);
  const memory = { ...rss.stop(), afterRun: await heapMb(server.url) };
  const statements = statementsPerRequest(before, await statementSnapshot(db), measured.responses);
  const result = {
    requestsPerSecond: round(measured.responses / measured.seconds),
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

/** One autocannon run of a scenario, each request as the target's signed-in person. */
function run(server, people, scenario, seconds) {
  let next = 0;
  return loadRun({
    url: server.url,
    connections: CONNECTIONS,
    seconds,
    debugBodies: DEBUG_BODIES,
    nextRequest: () => {
      const target = scenario.targets[next++ % scenario.targets.length];
      const person = people.get(target.n);
      const built = scenario.request(target, person);
      return { ...built, headers: { ...built.headers, cookie: person.cookie } };
    },
  });
}

function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
