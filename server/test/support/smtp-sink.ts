import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { webLinks } from '../../src/infrastructure/mail/dev-mail.pages';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), which is where the message really went. */
  to: string[];
  from: string | undefined;
  subject: string | undefined;
  text: string | undefined;
  html: string | undefined;
  /** Header names in lower case; the first value of each. */
  headers: Record<string, string>;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:PORT`, ready for `SMTP_URL`. */
  url: string;
  messages: ReceivedMail[];
  waitForMessage(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** The same as `waitForMessage`. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  clear(): void;
  /** Stops listening (connections are then refused, like a mail server that is down); messages are kept. */
  stop(): Promise<void>;
  /** Listens again on the same port after `stop`, like a mail server coming back. */
  start(): Promise<void>;
  /** Answers `550` to recipients matching the predicate (a permanent failure) until called without one. */
  rejectRecipients(predicate?: (address: string) => boolean): void;
}

/**
 * A real SMTP server on a random loopback port that keeps and parses everything it receives.
 * `stop()` and `start()` simulate an outage on the same port.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const state: SinkState = {
    received: (mail) => {
      messages.push(mail);
      for (const wake of waiters) wake();
    },
    rejects: undefined,
  };
  let server = await listen(0, state);
  const { port } = server.server.address() as AddressInfo;

  const waitForMessage = (predicate: (mail: ReceivedMail) => boolean, timeoutMs = 5000) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const found = messages.find(predicate);
        if (!found) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`No matching email arrived within ${timeoutMs} ms (${messages.length} received).`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMessage,
    waitFor: waitForMessage,
    clear: () => void messages.splice(0),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: async () => {
      server = await listen(port, state);
    },
    rejectRecipients: (predicate) => {
      state.rejects = predicate;
    },
  };
}

interface SinkState {
  received(mail: ReceivedMail): void;
  rejects: ((address: string) => boolean) | undefined;
}

async function listen(port: number, state: SinkState): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Pooled clients keep idle connections open; do not wait the default 30 s for them on stop.
    closeTimeout: 200,
    onRcptTo(address, _session, callback) {
      if (!state.rejects?.(address.address)) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        PostalMime.parse(Buffer.concat(chunks))
          .then((email) => {
            state.received({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: email.from?.address,
              subject: email.subject,
              text: email.text,
              html: email.html,
              headers: Object.fromEntries(email.headers.map((h) => [h.key, h.value]).reverse()),
            });
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

/** The first link in the message's text whose path starts with `pathPrefix`, e.g. `/verify-email`. */
export function linkFrom(mail: ReceivedMail, pathPrefix: string): string {
  const link = webLinks(mail.text ?? '').find(({ url }) => new URL(url).pathname.startsWith(pathPrefix));
  if (link) return link.url;
  throw new Error(`The email "${mail.subject ?? ''}" has no link to ${pathPrefix}.`);
}
