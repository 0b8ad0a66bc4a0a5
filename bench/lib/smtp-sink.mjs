// A counting SMTP server for the benchmarks: accepts every message on loopback, keeps no bodies
// (a digest run hands it tens of thousands), only counts messages, recipients and bytes, with the
// time of the first and last, and the headers of the first few so a result can show what was sent.
import { SMTPServer } from 'smtp-server';

const KEPT_SAMPLES = 3;
const SAMPLE_HEADERS = ['subject', 'list-unsubscribe', 'list-unsubscribe-post', 'reply-to', 'content-type'];

/** Starts the sink on `port` (0: any free port). `url` is what the server's SMTP_URL should be. */
export async function startCountingSink({ port = 0 } = {}) {
  const stats = { messages: 0, recipients: 0, bytes: 0, firstAt: null, lastAt: null, samples: [] };
  const waiters = new Set();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 64,
    onData(stream, session, callback) {
      let bytes = 0;
      let head = '';
      stream.on('data', (chunk) => {
        bytes += chunk.length;
        if (stats.samples.length < KEPT_SAMPLES && head.length < 8_192) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const now = Date.now();
        stats.messages += 1;
        stats.recipients += session.envelope.rcptTo.length;
        stats.bytes += bytes;
        stats.firstAt ??= now;
        stats.lastAt = now;
        if (stats.samples.length < KEPT_SAMPLES) stats.samples.push({ bytes, headers: headers(head) });
        for (const waiter of waiters) waiter();
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = server.server.address().port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    stats,
    /** Forgets what was counted (between phases of a benchmark). */
    reset() {
      Object.assign(stats, { messages: 0, recipients: 0, bytes: 0, firstAt: null, lastAt: null, samples: [] });
    },
    /**
     * Resolves when `count` messages have arrived, or when none has arrived for `idleMs` (a run
     * that sends fewer than expected must still end): { reached, messages }.
     */
    waitFor(count, { idleMs = 60_000 } = {}) {
      return new Promise((resolve) => {
        let idleTimer;
        const settle = (reached) => {
          clearTimeout(idleTimer);
          waiters.delete(check);
          resolve({ reached, messages: stats.messages });
        };
        const check = () => {
          if (stats.messages >= count) return settle(true);
          clearTimeout(idleTimer);
          idleTimer = setTimeout(() => settle(false), idleMs);
        };
        waiters.add(check);
        check();
      });
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The headers worth showing from the start of a message (unfolded; query strings and reply-address tokens cut). */
function headers(text) {
  const block = text.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const kept = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    if (colon > 0 && SAMPLE_HEADERS.includes(name))
      kept[name] = line
        .slice(colon + 1)
        .trim()
        .replace(/\?[^>\s]*/g, '?…')
        .replace(/\+[^@\s]+@/g, '+…@');
  }
  return kept;
}
