import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { EmailMode, UpdateEmailPreferences } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { JobQueue } from '../../src/infrastructure/jobs/job-queue';
import { MAIL_QUEUE } from '../../src/infrastructure/mail/mail.service';
import { CommunityMemberEntity } from '../../src/modules/communities/community-member.entity';
import { buildPartnership } from '../factories/community.factory';
import { reply, startThread } from '../factories/forum.factory';
import { openTestDataSource } from './data-source';
import { signedInPerson, type SignedInPerson } from './people';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './smtp-sink';
import { startTestApp, type TestApp } from './test-app';

/** Short, so tests wait little, and long enough for a burst of replies to land inside it. */
export const BATCH_SECONDS = 3;
export const PUBLIC_URL = 'https://commonroom.test';

export interface AlertsEnv {
  app: TestApp;
  dataSource: DataSource;
  sink: SmtpSink;
  /** Every line the app process logged (HTTP, Nest, job workers), as written. */
  logLines: string[];
}

/**
 * Registers beforeAll/afterAll that start a real SMTP sink and the app sending through it with the
 * production logger at `trace` into memory, and a data source for factories.
 */
export function useAlertsApp(): AlertsEnv {
  const state = { logLines: [] as string[] } as AlertsEnv;
  beforeAll(async () => {
    state.sink = await startSmtpSink();
    const logSink = new Writable({
      write: (chunk: Buffer, _encoding, done) => (state.logLines.push(chunk.toString()), done()),
    });
    state.app = await startTestApp(
      {
        TRUST_PROXY: 'true',
        SMTP_URL: state.sink.url,
        PUBLIC_URL,
        MAIL_REPLY_DOMAIN: 'reply.commonroom.test',
        EMAIL_BATCH_SECONDS: String(BATCH_SECONDS),
        MAIL_RETRY_DELAY_SECONDS: '1',
        LOG_LEVEL: 'trace',
      },
      { logSink },
    );
    state.dataSource = await openTestDataSource();
  });
  afterAll(async () => {
    await state.app?.close();
    await state.dataSource?.destroy();
    await state.sink?.stop();
  });
  return state;
}

export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A partnership's forum (so a subject shows `[Community · Provider]`), Grace and Tom in it. */
export async function partnershipForum(env: AlertsEnv, names: { grace?: string; tom?: string } = {}) {
  const { community, lead } = await buildPartnership(env.dataSource);
  const [category] = (await env.dataSource.query(
    `INSERT INTO forum_categories (community_id, slug, name, position) VALUES ($1, 'general', 'General', 0)
     RETURNING id, slug`,
    [community.id],
  )) as { id: string; slug: string }[];
  const grace = await signedInPerson(env.app, { displayName: names.grace ?? 'Grace Whitfield' });
  const tom = await signedInPerson(env.app, { displayName: names.tom ?? 'Tom Hughes' });
  await join(env.dataSource, community.id, grace.userId, 'member');
  // A facilitator, so twenty replies in a minute are not held back by new-member limits.
  await join(env.dataSource, community.id, tom.userId, 'facilitator');
  const providerName = (
    (await env.dataSource.query('SELECT name FROM organisations WHERE id = $1', [lead.id])) as { name: string }[]
  )[0]!.name;
  return { community, category: category!, grace, tom, providerName };
}

export function join(dataSource: DataSource, communityId: string, userId: string, role: 'member' | 'facilitator') {
  return dataSource.getRepository(CommunityMemberEntity).insert({ communityId, userId, role });
}

export function leave(dataSource: DataSource, communityId: string, userId: string) {
  return dataSource.getRepository(CommunityMemberEntity).delete({ communityId, userId });
}

/** Saves a person's email choices through the API, from the defaults. */
export async function choose(
  person: SignedInPerson,
  change: Partial<UpdateEmailPreferences> & { modes?: Record<string, EmailMode> } = {},
): Promise<void> {
  const { modes = {}, ...rest } = change;
  const body: UpdateEmailPreferences = {
    defaultMode: 'daily',
    digestHour: 7,
    digestWeekday: 1,
    quietStart: null,
    quietEnd: null,
    mentions: true,
    replies: true,
    allOff: false,
    communities: Object.entries(modes).map(([communityId, mode]) => ({ communityId, mode })),
    ...rest,
  };
  const response = await person.client.send('PUT', '/api/me/email-preferences', body);
  if (response.status !== 200) throw new Error(`Saving email choices answered ${response.status}`);
}

/** Tom starts a thread, Grace opens and watches it. */
export async function watchedThread(
  forum: Awaited<ReturnType<typeof partnershipForum>>,
  body: { title?: string; raw?: string } = {},
): Promise<{ threadId: string; title: string }> {
  const title = body.title ?? `Planning the first week ${randomUUID().slice(0, 6)}`;
  const threadId = await startThread(forum.tom, forum.community.slug, forum.category.slug, { ...body, title });
  // She opens it (reading the first post) and chooses to watch it, as on the thread page.
  const read = await forum.grace.client.send('PUT', `/api/threads/${threadId}/read`, { number: 1 });
  if (read.status >= 300) throw new Error(`Reading answered ${read.status}`);
  const watched = await forum.grace.client.send('PUT', `/api/threads/${threadId}/watch`, { level: 'watching' });
  if (watched.status >= 300) throw new Error(`Watching answered ${watched.status}`);
  return { threadId, title };
}

/** Tom replies `count` times; answers the last post's number. */
export async function burst(tom: SignedInPerson, threadId: string, count: number, text = 'Reply'): Promise<number> {
  let last = 0;
  for (let i = 1; i <= count; i++) last = (await reply(tom, threadId, `${text} ${i} from the placement.`)).number;
  return last;
}

/** The sum of a person's notice events about a thread (read or not). */
export async function noticeEvents(dataSource: DataSource, userId: string, threadId: string): Promise<number> {
  const rows = (await dataSource.query(
    'SELECT COALESCE(sum(event_count), 0)::int AS n FROM notifications WHERE user_id = $1 AND thread_id = $2',
    [userId, threadId],
  )) as { n: number }[];
  return rows[0]!.n;
}

/** Waits until the person's notices about the thread count `events` (the outbox has delivered them). */
export function noticesArrived(env: AlertsEnv, userId: string, threadId: string, events: number): Promise<void> {
  return waitUntil(
    async () => (await noticeEvents(env.dataSource, userId, threadId)) >= events,
    20_000,
    `${events} notice events`,
  );
}

/**
 * Waits until no `notification-email` job of the person and thread is waiting or running (past its
 * batching window), then until every queued email has been handed to the SMTP server.
 */
export async function emailJobsSettled(env: AlertsEnv, userId: string, threadId: string): Promise<void> {
  await waitUntil(
    async () => {
      const rows = (await env.dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job
          WHERE name = 'notification-email' AND singleton_key = $1 AND state < 'completed'`,
        [`${userId}:${threadId}`],
      )) as { n: number }[];
      return rows[0]!.n === 0;
    },
    (BATCH_SECONDS + 20) * 1000,
    'the notification-email job',
  );
  await env.app.app.get(JobQueue).drain([MAIL_QUEUE], 20_000);
}

/** Every message the sink received for this address. */
export function mailTo(env: AlertsEnv, email: string): ReceivedMail[] {
  return env.sink.messages.filter((m) => m.to.includes(email));
}
