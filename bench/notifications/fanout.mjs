// Fan-out of one new thread: a facilitator posts over HTTP into a category watched by 5,000
// members, then into an announcement category watched by 40,000; measured from just before the
// POST until every in-app notice exists (rows in `notifications` for the thread) and every email
// is queued (jobs of the `notification-email` pg-boss queue), against the built server in
// production mode on its own embedded PostgreSQL, seeded fresh each run in a few seconds.
// Usage: npm run build && node bench/notifications/fanout.mjs
//   [--people=40000] [--small=5000] [--runs=3] [--timeout=180] [--email-queue=notification-email]
//   [--out=notifications-fanout]
import { join } from 'node:path';
import pg from 'pg';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { benchArgs } from '../lib/args.mjs';
import { machine } from '../lib/server.mjs';
import { startCountingSink } from '../lib/smtp-sink.mjs';
import { cookieNames, migrate, percentile, signedIn, startDatabase, startServer, WORK_DIR } from '../forums/lib.mjs';
import { FACILITATOR, seedFanout } from './fanout-seed.mjs';
import {
  SECRET_KEY,
  costliestStatements,
  databaseNow,
  loadAverage,
  queuedSince,
  recreateDatabase,
  rssSeries,
  seconds,
  tableExists,
  untilQuiet,
} from './lib.mjs';
import { writeResult } from '../lib/results.mjs';

const args = benchArgs();
const PEOPLE = Number(args.get('people') ?? 40_000);
const SMALL = Number(args.get('small') ?? 5_000);
const RUNS = Number(args.get('runs') ?? 3);
const TIMEOUT_MS = Number(args.get('timeout') ?? 180) * 1000;
const EMAIL_QUEUE = args.get('email-queue') ?? 'notification-email';
const OUT = args.get('out') ?? 'notifications-fanout';
// Every 20 ms for the first 3 s, then every 250 ms: each poll costs PostgreSQL time (tens of ms at
// 40,000 rows) that the fan-out itself needs.
const POLL_MS = 20;
const SLOW_POLL_MS = 250;
const FAST_POLL_FOR_MS = 3_000;
const GOAL = { watchers: 5_000, noticesWithinSeconds: 2 };

const database = await startDatabase({ dataDir: join(WORK_DIR, 'notifications-pg') });
let server;
let sink;
let db;
try {
  await recreateDatabase(database.url);
  await migrate(database.url);
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const seed = await seedFanout(db, { people: PEOPLE, small: SMALL });
  process.stdout.write(`seeded ${PEOPLE.toLocaleString('en-GB')} people in ${seed.seconds} s\n`);
  const tables = {
    notifications: await tableExists(db, 'notifications'),
    emailPreferences: await tableExists(db, 'email_preferences'),
  };
  sink = await startCountingSink();
  // Emails wait an hour in the queue (the batching window), so sending them adds no load to what is measured.
  const serverEnv = { SMTP_URL: sink.url, SECRET_KEY, EMAIL_BATCH_SECONDS: '3600' };
  server = await startServer(database.url, serverEnv, { logName: 'notifications-fanout-server' });
  const facilitator = await signedIn(server.url, await cookieNames(server.url), FACILITATOR);
  const loadAtStart = loadAverage();
  const cases = [];
  for (const c of seed.cases) {
    const runs = [];
    await db.query('SELECT pg_stat_statements_reset()');
    for (let i = 1; i <= RUNS; i++) runs.push(await fanOut(c, facilitator, i, tables));
    cases.push({ ...summarise(c, runs), costliestStatements: await costliestStatements(db) });
  }
  const report = {
    benchmark: 'notifications-fanout',
    date: new Date().toISOString(),
    machine: machine(),
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
    seed: { people: PEOPLE, emailPreferences: seed.emailPreferences, seconds: seed.seconds, steps: seed.steps },
    build: tables,
    parameters: {
      runs: RUNS,
      pollMs: `${POLL_MS} for the first ${FAST_POLL_FOR_MS / 1000} s, then ${SLOW_POLL_MS}`,
      emailQueue: EMAIL_QUEUE,
      server: `node server/dist/main.js, NODE_ENV=production, LOG_LEVEL=warn, jobs and outbox on, EMAIL_BATCH_SECONDS=${serverEnv.EMAIL_BATCH_SECONDS}, loopback`,
    },
    goal: GOAL,
    cases,
    notes:
      'Each run posts one new thread (POST /api/communities/:slug/forum/categories/:category/threads as the facilitator, who watches too and is never notified), ' +
      'after marking every earlier notice read (so each thread starts new notice rows). Times run from just before the POST. ' +
      'noticesAll: count(*) FROM notifications WHERE thread_id = the new thread reached the watchers less the author; ' +
      'emailsQueued: jobs of the email queue created since the POST reached the same number (everyone asked for email immediately). ' +
      'Counts are polled every pollMs on a separate connection. serverBusyAfterSeconds: how long the server kept working once everything was counted ' +
      '(until it used under 100 ms of CPU in a second; the next run waits for it). RSS is the server process (VmRSS every second) during the run and that wait. ' +
      'The machine has 2 cores, shared with other work while this ran: see loadAverage in each run.',
  };
  writeResult(repoRoot, OUT, report);
} finally {
  await db?.end();
  await server?.stop();
  await sink?.stop();
  await database.stop();
}

/**
 * One new thread in case `c`; polls until every notice and email exists (or the timeout). A build
 * without the notifications table or without email alerts has nothing of that kind to wait for.
 */
async function fanOut(c, person, run, tables) {
  if (tables.notifications) await db.query('UPDATE notifications SET read_at = now() WHERE read_at IS NULL');
  const expected = c.watchers - 1;
  const since = await databaseNow(db);
  const load = loadAverage();
  const rss = rssSeries(server.pid);
  const started = performance.now();
  const response = await fetch(`${server.url}/api/communities/${c.slug}/forum/categories/${c.category}/threads`, {
    method: 'POST',
    headers: {
      cookie: person.cookie,
      'x-csrf-token': person.csrfToken,
      'content-type': 'application/json',
      'idempotency-key': `fanout-${Date.now()}-${run}`,
    },
    body: JSON.stringify({
      title: `Fan-out ${run}: the new mentor timetable for next term`,
      raw: 'Please read the attached timetable before Friday and tell us if a session clashes with your school day.',
    }),
  });
  const postedMs = performance.now() - started;
  if (response.status !== 201)
    throw new Error(`Posting the thread failed: ${response.status} ${await response.text()}`);
  const threadId = (await response.json()).id;
  const times = { firstNotice: null, allNotices: null, firstEmail: null, allEmails: null };
  let counts = { notices: null, emails: null };
  while (performance.now() - started < TIMEOUT_MS) {
    counts = await countsFor(threadId, since, tables);
    const at = performance.now() - started;
    if (counts.notices > 0) times.firstNotice ??= at;
    if (counts.notices >= expected) times.allNotices ??= at;
    if (counts.emails > 0) times.firstEmail ??= at;
    if (counts.emails >= expected) times.allEmails ??= at;
    const noticesDone = !tables.notifications || times.allNotices !== null;
    const emailsDone = !tables.emailPreferences || counts.emails === null || times.allEmails !== null;
    if (noticesDone && emailsDone) break;
    const wait = performance.now() - started < FAST_POLL_FOR_MS ? POLL_MS : SLOW_POLL_MS;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  // Before the next run: the server may still be delivering what it committed (stream events).
  const busyAfterMs = await untilQuiet(server.pid);
  const memory = rss.stop();
  const result = {
    run,
    threadId,
    expected,
    postResponseSeconds: seconds(postedMs),
    seconds: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, seconds(v)])),
    serverBusyAfterSeconds: seconds(busyAfterMs),
    counts,
    serverRssMb: { peak: memory.peakMb, median: memory.medianMb },
    loadAverage: { before: load.one, after: loadAverage().one },
  };
  process.stdout.write(`${c.name} run ${run}: ${JSON.stringify(result)}\n`);
  return result;
}

async function countsFor(threadId, since, tables) {
  const notices = tables.notifications
    ? (await db.query('SELECT count(*)::int AS n FROM notifications WHERE thread_id = $1', [threadId])).rows[0].n
    : null;
  return { notices, emails: await queuedSince(db, EMAIL_QUEUE, since) };
}

function summarise(c, runs) {
  const median = (pick) => {
    const values = runs.map(pick).filter((v) => v !== null);
    return values.length === runs.length ? percentile(values, 50) : null;
  };
  const allNotices = median((r) => r.seconds.allNotices);
  return {
    name: c.name,
    watchers: c.watchers,
    median: {
      postResponseSeconds: median((r) => r.postResponseSeconds),
      allNoticesSeconds: allNotices,
      allEmailsQueuedSeconds: median((r) => r.seconds.allEmails),
      serverBusyAfterSeconds: median((r) => r.serverBusyAfterSeconds),
      serverRssMbPeak: Math.max(...runs.map((r) => r.serverRssMb.peak)),
    },
    goalMet: c.watchers === GOAL.watchers ? allNotices !== null && allNotices <= GOAL.noticesWithinSeconds : undefined,
    runs,
  };
}
