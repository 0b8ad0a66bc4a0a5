// One of live.mjs's client processes: opens socket.io connections as bench people, subscribes
// each to one thread's stream, and records when every `stream.event` arrives. Talks to its parent
// over IPC: gets { url, sessionCookieName, stream, afterSeq, people }, answers 'ready', then on
// { type: 'report', untilSeq } sends what each socket received once all have caught up (or 30 s).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { sessionToken } from './lib.mjs';

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
const now = () => performance.timeOrigin + performance.now();
const CONNECT_CONCURRENCY = 25;

// If live.mjs dies, stop too rather than keep reconnecting a thousand sockets.
process.on('disconnect', () => process.exit(0));

process.once('message', async ({ url, sessionCookieName, stream, afterSeq, people }) => {
  const sockets = [];
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const queue = [...people];
  const connectStarted = now();
  let presenceMessages = 0;
  // Names carried by presence messages: each lists everyone in the thread.
  let presencePeople = 0;
  let refused = 0;
  let connectErrors = 0;
  const connectErrorMessages = new Set();
  await Promise.all(
    Array.from({ length: CONNECT_CONCURRENCY }, async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const record = { n, events: [], ack: null, lastSeq: afterSeq, duplicates: 0, gaps: 0, disconnects: [] };
        const socket = io(url, {
          transports: ['websocket'],
          extraHeaders: { cookie: `${sessionCookieName}=${sessionToken(n)}` },
          reconnectionDelay: 500,
          forceNew: true,
        });
        // As the real client does (docs/forum-api.md): apply seq === last + 1, drop what it already
        // has, and subscribe again from the last applied seq on a gap or after a reconnect.
        const resubscribe = () =>
          socket
            .timeout(60_000)
            .emitWithAck('stream.subscribe', { stream, afterSeq: record.lastSeq })
            .catch(() => undefined);
        socket.on('stream.event', (envelope) => {
          const arrivedAt = now();
          if (envelope.seq <= record.lastSeq) return void record.duplicates++;
          if (envelope.seq !== record.lastSeq + 1) return void (record.gaps++, resubscribe());
          record.lastSeq = envelope.seq;
          record.events.push([envelope.seq, envelope.payload?.post?.id ?? null, arrivedAt]);
        });
        socket.on('disconnect', (reason) => record.disconnects.push(reason));
        socket.on('connect', () => record.ack && resubscribe());
        socket.on('thread.presence', (presence) => {
          presenceMessages++;
          presencePeople += presence.people?.length ?? 0;
        });
        // socket.io retries a failed handshake on its own; a refusal only counts if it never gets in.
        socket.on('connect_error', (err) => {
          connectErrors++;
          connectErrorMessages.add(err.message);
        });
        await new Promise((resolve) => {
          socket.once('connect', resolve);
          setTimeout(resolve, 60_000);
        });
        if (!socket.connected) {
          refused++;
          socket.disconnect();
          continue;
        }
        record.ack = await socket
          .timeout(60_000)
          .emitWithAck('stream.subscribe', { stream, afterSeq })
          .catch((err) => ({ ok: false, error: String(err) }));
        sockets.push({ socket, record });
      }
    }),
  );
  process.send({
    type: 'ready',
    connected: sockets.length,
    subscribed: sockets.filter((s) => s.record.ack?.ok).length,
    refused,
    connectErrors,
    connectErrorMessages: [...connectErrorMessages],
    connectSeconds: (now() - connectStarted) / 1000,
    failedAcks: sockets
      .filter((s) => !s.record.ack?.ok)
      .slice(0, 3)
      .map((s) => s.record.ack),
    presenceMessages,
    presencePeople,
  });
  presenceMessages = 0;
  presencePeople = 0;
  lag.reset();

  process.on('message', async (message) => {
    if (message.type !== 'report') return;
    // A socket that reconnected may still be catching up through its replay: give it 30 s.
    const deadline = Date.now() + 30_000;
    while (sockets.some(({ record }) => record.lastSeq < message.untilSeq) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    process.send({
      type: 'report',
      presenceMessages,
      presencePeople,
      eventLoopDelayMs: { p99: lag.percentile(99) / 1e6, max: lag.max / 1e6 },
      sockets: sockets.map(({ record }) => ({
        n: record.n,
        events: record.events,
        duplicates: record.duplicates,
        gaps: record.gaps,
        disconnects: record.disconnects,
      })),
    });
    for (const { socket } of sockets) socket.disconnect();
    setTimeout(() => process.exit(0), 500);
  });
});
