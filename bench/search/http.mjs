// Search latency and throughput at IDeA scale (40,000 people with affiliations and profiles,
// 1,000,000 forum posts): the people finder, global search over forum posts and instant
// suggestions, each with rotating realistic queries (search/queries.mjs) at fixed offered rates
// and then flat out, as signed-in bench people, against the built server in production mode.
// Usage: npm run build && node bench/forums/seed.mjs && node bench/search/seed.mjs && node bench/search/http.mjs
//   [--rates=100,200,300] [--connections=20] [--warmup=5] [--duration=20] [--only=people,content,suggest]
//   [--out=search-http]
//   [--debug-bodies] (keeps the first failed responses' bodies)
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import {
  connectSeeded,
  cookieNames,
  cpuMeter,
  heapMb,
  migrate,
  round,
  sampleRss,
  seedDescription,
  signedIn,
  startDatabase,
  startServer,
  statementSnapshot,
  statementsPerRequest,
} from '../forums/lib.mjs';
import { ceiling, loadRun } from '../lib/load.mjs';
import { machine } from '../lib/server.mjs';
import { contentQueries, peopleQueries, suggestQueries } from './queries.mjs';
import { benchArgs } from '../lib/args.mjs';

const args = benchArgs();
const RATES = (args.get('rates') ?? '100,200,300').split(',').map(Number);
const CONNECTIONS = Number(args.get('connections') ?? 20);
const WARMUP_SECONDS = Number(args.get('warmup') ?? 5);
const DURATION_SECONDS = Number(args.get('duration') ?? 20);
const ONLY = args.get('only')?.split(',');
const OUT = args.get('out') ?? 'search-http';
const DEBUG_BODIES = args.has('debug-bodies');
const PEOPLE_SIGNED_IN = 200;
const GOAL = { p95Ms: 50, requestsPerSecond: 200 };

const database = await startDatabase();
let server;
let db;
try {
  await migrate(database.url);
  db = await connectSeeded(database.url);
  const seed = await seedDescription(db);
  const people = await db.query(
    `SELECT count(*) FILTER (WHERE listed)::int AS listed, count(*)::int AS profiles FROM profiles`,
  );
  if (people.rows[0].listed === 0) throw new Error('No listed people: run node bench/search/seed.mjs first.');
  const laCodes = (
    await db.query(
      `SELECT DISTINCT la_code FROM organisations WHERE la_code IS NOT NULL AND kind = 'school' ORDER BY 1 LIMIT 60`,
    )
  ).rows.map((r) => r.la_code);
  const counts = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM affiliations) AS affiliations, (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM discussion_posts) AS posts, (SELECT count(*)::int FROM search_lexicon) AS lexicon`,
    )
  ).rows[0];

  server = await startServer(database.url, { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10' });
  const names = await cookieNames(server.url);
  const signed = await Promise.all(
    Array.from({ length: PEOPLE_SIGNED_IN }, (_, i) => signedIn(server.url, names, i + 1)),
  );

  const scenarios = [
    {
      name: 'people',
      describe:
        'GET /api/people?q=…&facets — names whole, in part and misspelt, free text, facets (phase, LA, availability, subject)',
      paths: peopleQueries(600, laCodes),
    },
    {
      name: 'content',
      describe:
        'GET /api/search?q=…&type=forum_post — 1–4 words, common and rare, a quarter misspelt, over 1,000,000 posts',
      paths: contentQueries(600),
    },
    {
      name: 'suggest',
      describe: 'GET /api/search/suggest?q=… — the first 3–6 letters of names, places and topics',
      paths: suggestQueries(600),
    },
  ].filter((s) => !ONLY || ONLY.includes(s.name));

  const results = [];
  for (const scenario of scenarios) {
    process.stdout.write(`${scenario.name}: ${scenario.describe}\n`);
    await measured(scenario, undefined, WARMUP_SECONDS, signed); // warm-up, not kept
    const levels = [];
    for (const rate of [...RATES, undefined]) levels.push(await measured(scenario, rate, DURATION_SECONDS, signed));
    const atGoalRate = levels.find((l) => l.offeredRate === GOAL.requestsPerSecond);
    results.push({
      name: scenario.name,
      request: scenario.describe,
      levels,
      goal: {
        ...GOAL,
        met: atGoalRate
          ? atGoalRate.latencyMs.p95 <= GOAL.p95Ms && atGoalRate.requestsPerSecond >= GOAL.requestsPerSecond * 0.98
          : null,
      },
    });
  }

  const report = {
    benchmark: 'search-http',
    date: new Date().toISOString(),
    machine: machine(),
    seed: { ...seed, people: people.rows[0], ...counts },
    parameters: {
      rates: RATES,
      connections: CONNECTIONS,
      warmupSeconds: WARMUP_SECONDS,
      durationSeconds: DURATION_SECONDS,
      signedInPeople: PEOPLE_SIGNED_IN,
      engine: 'PostgreSQL full text (the default adapter; MEILI_URL unset)',
      server: 'node server/dist/main.js, NODE_ENV=production, LOG_LEVEL=warn, loopback',
      client: 'autocannon 8 in the same machine (it shares the 2 cores with the server and PostgreSQL)',
    },
    results,
    notes:
      'Per scenario: a warm-up, then one run per offered rate (autocannon overallRate) and one flat out (offeredRate null). Latency percentiles are exact over every response of the run. ' +
      'cpuMsPerRequest is CPU (user + system) per response of the server, of PostgreSQL and of this load generator; ceilingRequestsPerSecond = min(1000 / server, 2000 / total). ' +
      'Queries rotate through 600 per scenario, so caches see realistic variety rather than one repeated query.',
  };
  writeFileSync(join(repoRoot, 'bench', 'results', `${OUT}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const failed = results.flatMap((r) =>
    r.levels.filter((l) => l.non2xx > 0 || l.errors > 0).map((l) => `${r.name}@${l.offeredRate ?? 'max'}`),
  );
  if (failed.length > 0)
    throw new Error(`Non-2xx responses or errors in ${failed.join(', ')}: the numbers are not valid`);
} finally {
  await db?.end();
  await server?.stop();
  await database.stop();
}

/** One run at an offered rate (undefined: flat out), with CPU, memory and statement counts around it. */
async function measured(scenario, rate, seconds, signed) {
  let next = 0;
  const before = await statementSnapshot(db);
  const loadBefore = loadavg()[0];
  const rss = sampleRss(server.pid);
  const cpu = cpuMeter(server.pid, database.dataDir);
  const run = await loadRun({
    url: server.url,
    connections: CONNECTIONS,
    seconds,
    overallRate: rate,
    debugBodies: DEBUG_BODIES,
    nextRequest: () => {
      const i = next++;
      return { path: scenario.paths[i % scenario.paths.length], headers: { cookie: signed[i % signed.length].cookie } };
    },
  });
  const cpuMsPerRequest = cpu.stop(run.responses);
  const level = {
    offeredRate: rate ?? null,
    requestsPerSecond: round(run.responses / run.seconds),
    latencyMs: { p50: run.p50, p95: run.p95, p99: run.p99, max: run.max },
    responses: run.responses,
    non2xx: run.non2xx,
    errors: run.errors,
    failures: run.failures,
    serverRssMb: { ...rss.stop(), afterRun: await heapMb(server.url) },
    cpuMsPerRequest,
    ceilingRequestsPerSecond: ceiling(cpuMsPerRequest),
    sqlStatementsPerRequest: statementsPerRequest(before, await statementSnapshot(db), run.responses).perRequest,
    loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
  };
  process.stdout.write(
    `  ${rate ? `${rate}/s offered` : 'flat out'}: ${level.requestsPerSecond} req/s, p50 ${level.latencyMs.p50} ms, p95 ${level.latencyMs.p95} ms, p99 ${level.latencyMs.p99} ms, ` +
      `non-2xx ${level.non2xx}; CPU/request server ${cpuMsPerRequest.server} ms, PostgreSQL ${cpuMsPerRequest.postgres} ms; RSS peak ${level.serverRssMb.peakMb} MB\n`,
  );
  for (const failure of run.failures) process.stdout.write(`  ! ${failure}\n`);
  return level;
}
