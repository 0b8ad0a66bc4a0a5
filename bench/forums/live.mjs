// Live-delivery latency at IDeA scale: 1,000 socket.io connections (one per bench person, session
// cookie, websocket transport) subscribed to the 5,000-post thread's stream, while a member posts
// replies over HTTP at a steady rate. For every (post, socket) pair: time from just before the
// POST was sent to the `stream.event` arriving; and every socket must get every event once, in order.
// Usage: npm run build && node bench/forums/seed.mjs && node bench/forums/live.mjs
//   [--sockets=1000] [--workers=2] [--rate=5] [--duration=20] [--out=forums-live]
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../infra/scripts/node24.mjs';
import { machine } from '../lib/server.mjs';
import { replyText } from './content.mjs';
import {
  connectSeeded,
  cookieNames,
  migrate,
  percentile,
  round,
  sampleRss,
  seedDescription,
  signedIn,
  startDatabase,
  startServer,
  statementSnapshot,
  statementsPerRequest,
} from './lib.mjs';
import { longThread } from './targets.mjs';
import { benchArgs } from '../lib/args.mjs';

const args = benchArgs();
const SOCKETS = Number(args.get('sockets') ?? 1000);
const WORKERS = Number(args.get('workers') ?? 2);
const RATE = Number(args.get('rate') ?? 5);
const DURATION_SECONDS = Number(args.get('duration') ?? 20);
const OUT = args.get('out') ?? 'forums-live';
const GOAL_P99_MS = 250;
const now = () => performance.timeOrigin + performance.now();

const database = await startDatabase();
let server;
let db;
const workers = [];
try {
  await migrate(database.url);
  db = await connectSeeded(database.url);
  const seed = await seedDescription(db);
  if (SOCKETS > seed.benchPeople) throw new Error(`Only ${seed.benchPeople} bench people have sessions`);
  const thread = await longThread(db);
  const stream = `thread:${thread.id}`;
  server = await startServer(database.url);
  const names = await cookieNames(server.url);
  const poster = await signedIn(server.url, names, 1);
  const idleRssMb = sampleRss(server.pid).stop().peakMb;
  const head = Number((await db.query('SELECT seq FROM stream_heads WHERE stream = $1', [stream])).rows[0]?.seq ?? 0);

  // Connect and subscribe every socket before anything is posted.
  const connectRss = sampleRss(server.pid);
  const ready = await Promise.all(
    Array.from({ length: WORKERS }, (_, w) => {
      const child = fork(join(import.meta.dirname, 'live-worker.mjs'), {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      workers.push(child);
      const people = Array.from({ length: SOCKETS }, (_, i) => i + 1).filter((n) => n % WORKERS === w);
      child.send({ url: server.url, sessionCookieName: names.session, stream, afterSeq: head, people });
      return nextMessage(child, 'ready');
    }),
  );
  const connectMemory = connectRss.stop();
  const subscribed = ready.reduce((sum, r) => sum + r.subscribed, 0);
  process.stdout.write(
    `${subscribed} of ${SOCKETS} sockets subscribed to ${stream} in ${round(Math.max(...ready.map((r) => r.connectSeconds)))} s; ` +
      `${ready.reduce((sum, r) => sum + r.presenceMessages, 0).toLocaleString('en-GB')} presence messages meanwhile\n`,
  );
  if (subscribed !== SOCKETS)
    throw new Error(
      `Only ${subscribed} of ${SOCKETS} sockets subscribed: ${JSON.stringify(ready.map((r) => ({ refused: r.refused, failed: r.failedAcks })))}`,
    );
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  // Post at a steady rate without waiting for each answer, as independent people would.
  const loadBefore = loadavg()[0];
  const rss = sampleRss(server.pid);
  const statementsBefore = await statementSnapshot(db);
  const sent = new Map();
  const responses = [];
  const count = Math.round(RATE * DURATION_SECONDS);
  const started = now();
  const keyPrefix = `live-${Date.now().toString(36)}`;
  for (let i = 0; i < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (i * 1000) / RATE - now())));
    const sentAt = now();
    responses.push(
      // Settled, not rejected, so one failure cannot leave the others unobserved.
      fetch(`${server.url}/api/threads/${thread.id}/posts`, {
        method: 'POST',
        headers: {
          cookie: poster.cookie,
          'x-csrf-token': poster.csrfToken,
          'content-type': 'application/json',
          'idempotency-key': `${keyPrefix}-${String(i).padStart(6, '0')}`,
        },
        body: JSON.stringify({ raw: replyText(i) }),
      }).then(async (response) => {
        if (response.status !== 201) throw new Error(`Posting answered ${response.status}: ${await response.text()}`);
        const post = await response.json();
        sent.set(post.id, { sentAt, answeredAt: now() });
      }),
    );
  }
  const failed = (await Promise.allSettled(responses)).filter((r) => r.status === 'rejected');
  if (failed.length > 0)
    throw new Error(`${failed.length} of ${count} posts failed; the first: ${failed[0].reason.message}`);
  // Collect what every socket saw once each has the last event (or has had 30 s to get it).
  const reports = await Promise.all(
    workers.map((child) => (child.send({ type: 'report', untilSeq: head + count }), nextMessage(child, 'report'))),
  );
  const memory = rss.stop();
  const statements = statementsPerRequest(statementsBefore, await statementSnapshot(db), count);
  const sockets = reports.flatMap((r) => r.sockets);

  const latencies = [];
  const problems = [];
  const expected = Array.from({ length: count }, (_, i) => head + 1 + i);
  for (const socket of sockets) {
    const seqs = socket.events.map(([seq]) => seq);
    if (seqs.length !== expected.length || seqs.some((seq, i) => seq !== expected[i])) {
      problems.push({ person: socket.n, got: seqs.length, firstSeqs: seqs.slice(0, 5) });
    }
    for (const [, postId, arrivedAt] of socket.events) {
      const post = sent.get(postId);
      if (post) latencies.push(arrivedAt - post.sentAt);
      else problems.push({ person: socket.n, unknownPost: postId });
    }
  }
  const httpLatencies = [...sent.values()].map((p) => p.answeredAt - p.sentAt);
  const report = {
    benchmark: 'forums-live',
    date: new Date().toISOString(),
    machine: machine(),
    seed,
    parameters: {
      sockets: SOCKETS,
      clientProcesses: WORKERS,
      stream: `the ${thread.post_count.toLocaleString('en-GB')}-post thread's stream (thread:<id>), each socket a different bench person`,
      posting: `${count} replies over HTTP at ${RATE}/s for ${DURATION_SECONDS} s by one member, not waiting for each answer`,
      server:
        'node server/dist/main.js, NODE_ENV=production, LOG_LEVEL=warn, one node (the postgres adapter on, as always), loopback',
      clients:
        'socket.io-client 4 (websocket transport) in child processes of the bench; clocks agree as they are on the same machine',
    },
    connectSeconds: round(Math.max(...ready.map((r) => r.connectSeconds))),
    connectErrorsRetried: {
      count: ready.reduce((sum, r) => sum + r.connectErrors, 0),
      messages: [...new Set(ready.flatMap((r) => r.connectErrorMessages))],
    },
    presenceWhileConnecting: {
      messages: ready.reduce((sum, r) => sum + r.presenceMessages, 0),
      namesCarried: ready.reduce((sum, r) => sum + r.presencePeople, 0),
    },
    deliveries: latencies.length,
    disconnects: tally(sockets.flatMap((s) => s.disconnects)),
    duplicatesDropped: sockets.reduce((sum, s) => sum + s.duplicates, 0),
    gapsRecovered: sockets.reduce((sum, s) => sum + s.gaps, 0),
    expectedDeliveries: count * SOCKETS,
    everySocketAppliedEveryEventOnceInOrder: problems.length === 0,
    problems: problems.slice(0, 10),
    deliveryLatencyMs: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(percentile(latencies, 100)),
    },
    postResponseMs: {
      p50: round(percentile(httpLatencies, 50)),
      p99: round(percentile(httpLatencies, 99)),
      max: round(percentile(httpLatencies, 100)),
    },
    goal: { p99Ms: GOAL_P99_MS, met: problems.length === 0 && percentile(latencies, 99) <= GOAL_P99_MS },
    serverRssMb: { idle: idleRssMb, whileConnecting: connectMemory, whilePosting: memory },
    clientEventLoopDelayMs: reports.map((r) => ({
      p99: round(r.eventLoopDelayMs.p99),
      max: round(r.eventLoopDelayMs.max),
    })),
    presenceWhilePosting: {
      messages: reports.reduce((sum, r) => sum + r.presenceMessages, 0),
      namesCarried: reports.reduce((sum, r) => sum + r.presencePeople, 0),
    },
    sqlStatementsPerPost: statements.perRequest,
    sqlStatements: statements.statements,
    loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) },
    notes:
      "Latency runs from just before the POST is sent to the event arriving at a socket, so it includes the reply's own HTTP handling, commit, emit to 1,000 sockets " +
      'and the client process picking it up. Clients follow the documented protocol: apply seq = last + 1, drop duplicates, subscribe again from the ' +
      'last applied seq after a gap or a reconnect (socket.io reconnects on its own); disconnects counts why sockets dropped. clientEventLoopDelayMs shows whether the client processes kept up. sqlStatementsPerPost counts everything in the ' +
      "database during posting (pg_stat_statements), the adapter's NOTIFY included, divided by the posts.",
  };
  writeFileSync(join(repoRoot, 'bench', 'results', `${OUT}.json`), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(
    `${report.deliveries.toLocaleString('en-GB')} of ${report.expectedDeliveries.toLocaleString('en-GB')} deliveries: p50 ${report.deliveryLatencyMs.p50} ms, ` +
      `p95 ${report.deliveryLatencyMs.p95} ms, p99 ${report.deliveryLatencyMs.p99} ms, max ${report.deliveryLatencyMs.max} ms; server RSS peak ${memory.peakMb} MB; ` +
      `${report.everySocketAppliedEveryEventOnceInOrder ? 'every socket got every event once, in order' : `PROBLEMS: ${JSON.stringify(report.problems.slice(0, 3))}`}\n`,
  );
  if (problems.length > 0)
    throw new Error('Some sockets missed, repeated or reordered events: the numbers above are not valid');
} finally {
  await db?.end();
  for (const child of workers) if (child.exitCode === null) child.kill();
  await server?.stop();
  await database.stop();
}

/** { reason: count } */
function tally(values) {
  return values.reduce((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});
}

function nextMessage(child, type) {
  return new Promise((resolve, reject) => {
    const onMessage = (message) => message.type === type && (child.off('message', onMessage), resolve(message));
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`A client process exited (${code}) before '${type}'`)));
  });
}
