import { randomUUID } from 'node:crypto';
import { reply } from './factories/forum.factory';
import {
  BATCH_SECONDS,
  PUBLIC_URL,
  burst,
  choose,
  emailJobsSettled,
  leave,
  mailTo,
  noticesArrived,
  partnershipForum,
  useAlertsApp,
  waitUntil,
  watchedThread,
} from './support/email-alerts';
import { releaseTime } from '../src/modules/email-alerts/london-clock';

/**
 * Activity emails end to end: real posts through the API, the outbox, notices, the
 * `notification-email` job after its batching window, the `mail` queue and a real SMTP server.
 */
describe('activity emails through the job queue to a real SMTP server', () => {
  const env = useAlertsApp();

  /** A mail client's RFC 8058 one-click POST to the List-Unsubscribe URL: form body, no cookie, no CSRF. */
  const oneClick = (listUnsubscribe: string) => {
    const url = new URL(listUnsubscribe.replace(/^<|>$/g, ''));
    return env.app.request(`${url.pathname}${url.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  };

  it('turns a burst of 20 replies into one email per thread, which one click stops', async () => {
    const forum = await partnershipForum(env);
    const { grace, tom } = forum;
    await choose(grace, { modes: { [forum.community.id]: 'immediately' } });
    const { threadId, title } = await watchedThread(forum);

    await burst(tom, threadId, 20, 'Burst reply');
    await noticesArrived(env, grace.userId, threadId, 20);
    await emailJobsSettled(env, grace.userId, threadId);

    const mails = mailTo(env, grace.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`[${forum.community.name} · ${forum.providerName}] ${title}`);
    expect(mail!.text).toContain(`20 new posts in “${title}”`);
    expect(mail!.text).toContain('Tom Hughes wrote:');
    expect(mail!.text).toContain('Burst reply 20 from the placement.');
    expect(mail!.html).toContain('Burst reply 20 from the placement.');
    expect(mail!.html).toContain('lang="en-GB"');
    expect(mail!.text).toContain(`${PUBLIC_URL}/settings/notifications`);
    // The link opens the first post she has not read.
    expect(mail!.text).toContain(`${PUBLIC_URL}/communities/${forum.community.slug}/forum/t/${threadId}#post-2`);
    expect(mail!.headers['list-unsubscribe']).toMatch(/^<https:\/\/commonroom\.test\/api\/email\/unsubscribe\?token=/);
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail!.headers['reply-to']).toMatch(/^reply\+[a-z2-7]+@reply\.commonroom\.test$/);

    const stopped = await oneClick(mail!.headers['list-unsubscribe']!);
    expect(stopped.status).toBe(200);
    const events = 20 + 1;
    await reply(tom, threadId, 'One more after she stopped these emails.');
    await noticesArrived(env, grace.userId, threadId, events);
    await emailJobsSettled(env, grace.userId, threadId);
    expect(mailTo(env, grace.email)).toHaveLength(1);
  });

  it('sends nothing about what Grace read in the app before the window closed', async () => {
    const forum = await partnershipForum(env);
    await choose(forum.grace, { modes: { [forum.community.id]: 'immediately' } });
    const { threadId } = await watchedThread(forum);

    const last = await burst(forum.tom, threadId, 3);
    await noticesArrived(env, forum.grace.userId, threadId, 3);
    const read = await forum.grace.client.send('PUT', `/api/threads/${threadId}/read`, { number: last });
    expect(read.status).toBeLessThan(300);
    await emailJobsSettled(env, forum.grace.userId, threadId);
    expect(mailTo(env, forum.grace.email)).toEqual([]);
  });

  it('sends nothing to a person who lost access before the job ran', async () => {
    const forum = await partnershipForum(env);
    await choose(forum.grace, { modes: { [forum.community.id]: 'immediately' } });
    const { threadId } = await watchedThread(forum);

    await burst(forum.tom, threadId, 2);
    await noticesArrived(env, forum.grace.userId, threadId, 2);
    await leave(env.dataSource, forum.community.id, forum.grace.userId);
    await emailJobsSettled(env, forum.grace.userId, threadId);
    expect(mailTo(env, forum.grace.email)).toEqual([]);
  });

  it('holds an email in quiet hours until they end (UK time), then sends it', async () => {
    const forum = await partnershipForum(env);
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/London' }).format(
        new Date(Date.now() + BATCH_SECONDS * 1000),
      ),
    );
    const quiet = { start: hour, end: (hour + 2) % 24 };
    await choose(forum.grace, {
      modes: { [forum.community.id]: 'immediately' },
      quietStart: quiet.start,
      quietEnd: quiet.end,
    });
    const { threadId } = await watchedThread(forum);

    const before = Date.now();
    await burst(forum.tom, threadId, 1);
    await noticesArrived(env, forum.grace.userId, threadId, 1);
    const key = `${forum.grace.userId}:${threadId}`;
    const [job] = (await env.dataSource.query(
      `SELECT id, start_after FROM pgboss.job WHERE name = 'notification-email' AND singleton_key = $1`,
      [key],
    )) as { id: string; start_after: Date }[];
    // Held to the end of quiet hours: more than an hour away, at that UK hour.
    expect(job!.start_after.getTime() - before).toBeGreaterThan(60 * 60_000);
    expect(job!.start_after).toEqual(releaseTime(new Date(before + BATCH_SECONDS * 1000), quiet));
    await new Promise((resolve) => setTimeout(resolve, (BATCH_SECONDS + 1) * 1000));
    expect(mailTo(env, forum.grace.email)).toEqual([]);

    // The UK clock reaches the end of quiet hours.
    await env.dataSource.query('UPDATE pgboss.job SET start_after = now() WHERE id = $1', [job!.id]);
    await emailJobsSettled(env, forum.grace.userId, threadId);
    expect(mailTo(env, forum.grace.email)).toHaveLength(1);
  });

  it('emails a mention at once even when the community is on a daily digest, unless mentions are off', async () => {
    const forum = await partnershipForum(env);
    const { grace, tom } = forum;
    await choose(grace, { modes: { [forum.community.id]: 'daily' } });
    const { threadId, title } = await watchedThread(forum);
    const mention = `@[Grace](mention:${grace.userId})`;

    await reply(tom, threadId, 'A reply only a digest would carry.');
    await noticesArrived(env, grace.userId, threadId, 1);
    await emailJobsSettled(env, grace.userId, threadId);
    expect(mailTo(env, grace.email)).toEqual([]);

    await reply(tom, threadId, `${mention} what do you think about this?`);
    await noticesArrived(env, grace.userId, threadId, 2);
    await emailJobsSettled(env, grace.userId, threadId);
    expect(mailTo(env, grace.email).map((m) => m.subject)).toEqual([expect.stringContaining(title)]);

    await choose(grace, { modes: { [forum.community.id]: 'daily' }, mentions: false });
    await reply(tom, threadId, `${mention} and one more question.`);
    await noticesArrived(env, grace.userId, threadId, 3);
    await emailJobsSettled(env, grace.userId, threadId);
    expect(mailTo(env, grace.email)).toHaveLength(1);
  });

  it('keeps activity emails through an SMTP outage and delivers each one once when it is back', async () => {
    const forum = await partnershipForum(env);
    await choose(forum.grace, { modes: { [forum.community.id]: 'immediately' } });
    const threads = [await watchedThread(forum), await watchedThread(forum)];

    await env.sink.stop();
    try {
      for (const { threadId } of threads) await burst(forum.tom, threadId, 2, `Outage ${randomUUID().slice(0, 4)}`);
      for (const { threadId } of threads) await noticesArrived(env, forum.grace.userId, threadId, 2);
      // Both emails were tried, and refused, while the server was down.
      await waitUntil(
        async () => {
          const rows = (await env.dataSource.query(
            `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail' AND state = 'retry'
               AND created_on > now() - interval '1 minute'`,
          )) as { n: number }[];
          return rows[0]!.n >= 2;
        },
        (BATCH_SECONDS + 20) * 1000,
        'mail retries',
      );
      expect(mailTo(env, forum.grace.email)).toEqual([]);
    } finally {
      await env.sink.start();
    }
    for (const { title } of threads)
      await env.sink.waitFor((m) => m.to.includes(forum.grace.email) && m.subject!.endsWith(title), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const { title } of threads)
      expect(mailTo(env, forum.grace.email).filter((m) => m.subject!.endsWith(title))).toHaveLength(1);
    expect(mailTo(env, forum.grace.email)).toHaveLength(2);
  });
});
