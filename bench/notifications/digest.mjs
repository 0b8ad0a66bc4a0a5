// The daily digest at IDeA scale: the forum seed's 40,000 people (1,000,000 posts), all in daily
// mode at the chosen hour, after a busy day (digest-seed.mjs). Runs `cli.js digests:run --at <hour>`
// against the running server (production mode, jobs on) with a counting SMTP sink as its mail
// server, and measures the time until every digest is handed to SMTP, the server's RSS every
// second, and the forum read paths' latency at a fixed offered rate before and during the digest.
// Usage: npm run build && node bench/forums/seed.mjs && node bench/notifications/digest.mjs
//   [--at=<ISO hour>] (default: the start of this hour) [--rate=100] [--connections=20] [--window=20]
//   [--baseline=3] [--after=1] (read windows) [--no-load] (the digest alone) [--idle=120] (s without
//   a new message before giving up) [--max-minutes=15] (stop there and project the rest from the rate)
//   [--out=notifications-digest] [--server-node-options="--max-old-space-size=160"] (V8 flags, server only)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { node24, repoRoot } from '../../infra/scripts/node24.mjs';
import { benchArgs } from '../lib/args.mjs';
import { loadRun } from '../lib/load.mjs';
import { machine } from '../lib/server.mjs';
import { startCountingSink } from '../lib/smtp-sink.mjs';
import {
  connectSeeded,
  cookieNames,
  migrate,
  percentile,
  round,
  seedDescription,
  signInAll,
  startDatabase,
  startServer,
} from '../forums/lib.mjs';
import { categoryTargets, threadTargets } from '../forums/targets.mjs';
import { prepareDigest } from './digest-seed.mjs';
import {
  SECRET_KEY,
  costliestStatements,
  databaseNow,
  heapSeries,
  loadAverage,
  rssSeries,
  seconds,
  tableExists,
} from './lib.mjs';
import { writeResult } from '../lib/results.mjs';

const args = benchArgs();
const RATE = Number(args.get('rate') ?? 100);
const CONNECTIONS = Number(args.get('connections') ?? 20);
const WINDOW_SECONDS = Number(args.get('window') ?? 20);
const BASELINE_WINDOWS = Number(args.get('baseline') ?? 3);
const AFTER_WINDOWS = Number(args.get('after') ?? 1);
const LOAD = !args.has('no-load');
const IDLE_MS = Number(args.get('idle') ?? 120) * 1000;
const MAX_MS = Number(args.get('max-minutes') ?? 15) * 60_000;
const OUT = args.get('out') ?? 'notifications-digest';
/** V8 flags for the server alone, e.g. --server-node-options="--max-old-space-size=160" (how the heap is sized). */
const SERVER_NODE_OPTIONS = args.get('server-node-options') ?? '';
const GOAL = { digestSeconds: 600, serverRssMb: 300, latencyChange: 0.1 };
const CLI = join(repoRoot, 'server', 'dist', 'cli.js');

const database = await startDatabase();
let server;
let sink;
let db;
try {
  await migrate(database.url);
  db = await connectSeeded(database.url);
  if (!(await tableExists(db, 'email_preferences')))
    throw new Error('This build has no email alerts (no email_preferences table): build one with the alerts area');
  const seed = await seedDescription(db);
  const at = hourStart(args.get('at'));
  await forgetQueuedDigests();
  const prepared = await prepareDigest(db, at);
  process.stdout.write(`prepared: ${JSON.stringify(prepared)}\n`);
  sink = await startCountingSink();
  const env = { SMTP_URL: sink.url, SECRET_KEY };
  const serverEnv = SERVER_NODE_OPTIONS ? { ...env, NODE_OPTIONS: SERVER_NODE_OPTIONS } : env;
  server = await startServer(database.url, serverEnv, { logName: 'notifications-digest-server' });
  const reads = LOAD ? await readLoad(seed.benchPeople) : null;
  const loadAtStart = loadAverage();
  const baseline = [];
  for (let i = 0; i < (LOAD ? BASELINE_WINDOWS : 0); i++) baseline.push(await reads.window('baseline'));
  const digest = await runDigest(at, env, reads, prepared.expectedRecipients);
  const after = [];
  for (let i = 0; i < (LOAD ? AFTER_WINDOWS : 0); i++) after.push(await reads.window('after'));
  const report = {
    benchmark: 'notifications-digest',
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    seed,
    prepared,
    parameters: {
      server:
        'node server/dist/main.js, NODE_ENV=production, LOG_LEVEL=warn, jobs and outbox on, loopback; SMTP: bench/lib/smtp-sink.mjs (counts, keeps no bodies)',
      serverNodeOptions: SERVER_NODE_OPTIONS || null,
      digest: `node server/dist/cli.js digests:run --at ${at.toISOString()}`,
      readLoad: LOAD
        ? `${RATE} requests/s offered over ${CONNECTIONS} connections, ${WINDOW_SECONDS} s windows, as signed-in bench people: category listings, thread first pages and thread headers in turn`
        : 'none (--no-load)',
    },
    goal: GOAL,
    digest,
    readLatency: LOAD ? compare(baseline, digest.windows, after) : null,
    notes:
      'secondsToAllHandedToSmtp runs from starting the CLI to the last message the sink accepted, when it reached expectedRecipients (people with a thread of the day in one of their communities not read to the end); ' +
      'if fewer arrived, the run ended after idle seconds without a new message, or at max-minutes (then projectedSecondsForAll = expected at the rate so far). ' +
      'costliestStatements: pg_stat_statements over the digest (the server, the CLI and the read load). Server RSS is VmRSS every second from the CLI start to the last message; the CLI process is sampled apart. ' +
      'Read latency: each window reports exact percentiles over its responses; baseline windows ran before the digest, digest windows while it ran (the last may end after it), after windows once it finished. ' +
      'The machine has 2 cores shared with other work while this ran: see loadAverage.',
  };
  writeResult(repoRoot, OUT, report);
} finally {
  await db?.end();
  await server?.stop();
  await sink?.stop();
  await database.stop();
}

/** The start of the hour of `iso` (or of now). */
function hourStart(iso) {
  const date = iso ? new Date(iso) : new Date();
  if (Number.isNaN(date.getTime())) throw new Error(`--at=${iso} is not a date`);
  date.setUTCMinutes(0, 0, 0);
  return date;
}

/** Starts the digest through the CLI and waits for the sink, reading the forum meanwhile (when LOAD). */
async function runDigest(at, env, reads, expected) {
  const since = await databaseNow(db);
  await db.query('SELECT pg_stat_statements_reset()'); // costliestStatements then covers the digest
  const serverRss = rssSeries(server.pid);
  const serverHeap = heapSeries(`${server.url}/metrics`);
  const started = performance.now();
  const startedWall = Date.now();
  const cli = spawn(node24, [CLI, 'digests:run', '--at', at.toISOString()], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      PUBLIC_URL: server.url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const cliRss = rssSeries(cli.pid);
  const cliExit = new Promise((resolve) =>
    cli.once('exit', (code) => resolve({ code, seconds: seconds(performance.now() - started) })),
  );
  let finished = false;
  let deadline;
  const delivered = Promise.race([
    sink.waitFor(expected, { idleMs: IDLE_MS }),
    new Promise((resolve) => {
      deadline = setTimeout(() => resolve({ reached: false, stopped: true, messages: sink.stats.messages }), MAX_MS);
    }),
  ]).then((r) => {
    clearTimeout(deadline);
    finished = true;
    return r;
  });
  const windows = [];
  while (LOAD && !finished) windows.push(await reads.window('digest'));
  const outcome = await delivered;
  const memory = serverRss.stop();
  const heap = serverHeap.stop();
  const elapsedSeconds = (performance.now() - started) / 1000;
  const statements = await costliestStatements(db);
  if (outcome.stopped) cli.kill('SIGTERM');
  const exit = await cliExit;
  const cliMemory = cliRss.stop();
  const result = {
    expectedRecipients: expected,
    handedToSmtp: outcome.messages,
    allHandedToSmtp: outcome.reached,
    secondsToFirstHandedToSmtp: sink.stats.firstAt ? seconds(sink.stats.firstAt - startedWall) : null,
    secondsToAllHandedToSmtp: outcome.reached ? seconds(sink.stats.lastAt - startedWall) : null,
    stoppedAfterMaxMinutes: outcome.stopped === true,
    messagesPerSecond: round(outcome.messages / elapsedSeconds, 2),
    projectedSecondsForAll: outcome.messages > 0 ? Math.round((expected * elapsedSeconds) / outcome.messages) : null,
    cli: { exitCode: exit.code, seconds: exit.seconds, rssMbPeak: cliMemory.peakMb },
    megabytesHandedToSmtp: round(sink.stats.bytes / 2 ** 20, 1),
    sampleMessages: sink.stats.samples,
    serverRssMb: {
      peak: memory.peakMb,
      median: memory.medianMb,
      samples: memory.samples,
      bySecond: memory.series.map((s) => s.mb),
    },
    serverHeapMb: heap,
    jobs: await jobsSince(since),
    costliestStatements: statements,
    windows,
  };
  result.goalMet = {
    digestSeconds: result.secondsToAllHandedToSmtp !== null && result.secondsToAllHandedToSmtp <= GOAL.digestSeconds,
    serverRssMb: memory.peakMb <= GOAL.serverRssMb,
  };
  process.stdout.write(
    `digest: ${JSON.stringify({ ...result, serverRssMb: { peak: memory.peakMb }, windows: undefined })}\n`,
  );
  return result;
}

/** Digest and mail jobs an earlier run left queued (one stopped at --max-minutes) would be sent by this one. */
async function forgetQueuedDigests() {
  if (await tableExists(db, 'pgboss.job'))
    await db.query(
      `DELETE FROM pgboss.job WHERE name IN ('digest', 'mail') AND state IN ('created', 'retry', 'active')`,
    );
}

/** pg-boss jobs created since `since`, per queue and state, with when the first started and the last completed. */
async function jobsSince(since) {
  if (!(await tableExists(db, 'pgboss.job'))) return null;
  const { rows } = await db.query(
    `SELECT name AS queue, state, count(*)::int AS jobs,
            round(extract(epoch FROM min(started_on) - $1::timestamptz)::numeric, 1)::float AS "firstStartedSecond",
            round(extract(epoch FROM max(completed_on) - $1::timestamptz)::numeric, 1)::float AS "lastCompletedSecond"
       FROM pgboss.job WHERE created_on >= $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    [since],
  );
  return rows;
}

/** The forum read load: signed-in bench people reading category listings, thread pages and headers. */
async function readLoad(benchPeople) {
  const categories = await categoryTargets(db, benchPeople);
  const threads = await threadTargets(db, benchPeople, 5_000);
  const paths = [
    ...categories
      .slice(0, 5_000)
      .map((t) => ({ n: t.n, path: `/api/communities/${t.community}/forum/categories/${t.category}` })),
    ...threads.map((t) => ({ n: t.n, path: `/api/threads/${t.thread}/posts?page=1` })),
    ...threads.map((t) => ({ n: t.n, path: `/api/threads/${t.thread}` })),
  ].sort(() => Math.random() - 0.5);
  const people = await signInAll(server.url, await cookieNames(server.url), new Set(paths.map((p) => p.n)));
  let next = 0;
  return {
    async window(phase) {
      const load = loadAverage().one;
      const run = await loadRun({
        url: server.url,
        connections: CONNECTIONS,
        seconds: WINDOW_SECONDS,
        overallRate: RATE,
        nextRequest: () => {
          const target = paths[next++ % paths.length];
          return { path: target.path, headers: { cookie: people.get(target.n).cookie } };
        },
      });
      const result = { phase, ...run, requestsPerSecond: round(run.responses / run.seconds), loadAverage: load };
      process.stdout.write(`${phase}: ${JSON.stringify(result)}\n`);
      return result;
    },
  };
}

/** Medians of the windows' percentiles per phase, and during/baseline. */
function compare(baseline, during, after) {
  const medians = (windows) =>
    Object.fromEntries(
      ['p50', 'p95', 'p99'].map((p) => [
        p,
        percentile(
          windows.map((w) => w[p]),
          50,
        ),
      ]),
    );
  const phases = { baseline: medians(baseline), digest: medians(during), after: medians(after) };
  const ratio = Object.fromEntries(
    ['p50', 'p95', 'p99'].map((p) => [p, round(phases.digest[p] / phases.baseline[p], 3)]),
  );
  return {
    medianOfWindowsMs: phases,
    ratioDigestToBaseline: ratio,
    goalMet: Object.values(ratio).every((r) => r !== null && Math.abs(r - 1) <= GOAL.latencyChange),
    windows: { baseline, after },
  };
}
