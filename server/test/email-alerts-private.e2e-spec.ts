import { randomUUID } from 'node:crypto';
import { DigestService } from '../src/modules/email-alerts';
import { JobQueue } from '../src/infrastructure/jobs';
import { MAIL_QUEUE } from '../src/infrastructure/mail/mail.service';
import { buildPartnership } from './factories/community.factory';
import { reply, startThread } from './factories/forum.factory';
import {
  burst,
  choose,
  emailJobsSettled,
  join,
  leave,
  mailTo,
  noticesArrived,
  partnershipForum,
  useAlertsApp,
  watchedThread,
} from './support/email-alerts';
import { signedInPerson } from './support/people';

/** The next UK o'clock at least an hour away, and its hour: a digest time no other test person has chosen. */
function nextUkHour(): { at: Date; hour: number } {
  const at = new Date(Math.ceil((Date.now() + 60 * 60_000) / 3_600_000) * 3_600_000);
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: 'Europe/London' }).format(at),
  );
  return { at, hour };
}

/**
 * What must not leave the app (sensitive threads), and digests, end to end: real posts, the job
 * queue, a real SMTP server, and every log line of the app process.
 */
describe('sensitive threads and digests by email', () => {
  const env = useAlertsApp();

  it('says only that there is something new about a sensitive thread: no title, text or author in any email or log line', async () => {
    const secret = randomUUID().slice(0, 8);
    const forum = await partnershipForum(env, { tom: `Tobias Quillfeather ${secret}` });
    const { grace, tom } = forum;
    await choose(grace, { modes: { [forum.community.id]: 'immediately' } });
    const title = `Concern about pupil Zebulon ${secret}`;
    const { threadId } = await watchedThread(forum, { title, raw: `First account of the incident ${secret}` });
    await env.dataSource.query('UPDATE discussion_threads SET sensitive = true WHERE id = $1', [threadId]);

    await reply(tom, threadId, `What happened at break time ${secret}`);
    await reply(tom, threadId, `@[Grace](mention:${grace.userId}) please read the note ${secret}`);
    await noticesArrived(env, grace.userId, threadId, 2);
    await emailJobsSettled(env, grace.userId, threadId);

    const mails = mailTo(env, grace.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`[${forum.community.name}] Something new in Commonroom`);
    expect(mail!.text).toContain(`There is something new for you in ${forum.community.name} on Commonroom.`);
    expect(mail!.text).toContain(`/communities/${forum.community.slug}/forum/t/${threadId}`);
    expect(mail!.html).toContain('Sign in to read it');
    // A reply by email would quote it back: no reply address on a sensitive thread.
    expect(mail!.headers['reply-to']).toBeUndefined();
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const forbidden = [secret, 'Zebulon', 'Quillfeather', 'break time', 'please read the note'];
    const everyEmail = JSON.stringify(env.sink.messages);
    const everyLogLine = env.logLines.join('');
    expect(env.logLines.length).toBeGreaterThan(50); // the log really was captured, at trace level
    expect(everyLogLine).toContain('Email sent');
    for (const word of forbidden) {
      expect(everyEmail).not.toContain(word);
      expect(everyLogLine).not.toContain(word);
    }
  });

  it('sends a daily digest at her hour: active threads of her communities, not what she read or left, sensitive as a count; once', async () => {
    const { at, hour } = nextUkHour();
    const forum = await partnershipForum(env);
    const { grace, tom, community, category } = forum;
    await choose(grace, { defaultMode: 'daily', digestHour: hour });
    const tag = randomUUID().slice(0, 6);
    const thread = (title: string) => startThread(tom, community.slug, category.slug, { title: `${title} ${tag}` });

    const active = await thread('Active: behaviour policy');
    await burst(tom, active, 3);
    const read = await thread('Read: mentor meeting notes');
    const lastRead = await burst(tom, read, 2);
    expect((await grace.client.send('PUT', `/api/threads/${read}/read`, { number: lastRead })).status).toBeLessThan(
      300,
    );
    const sensitive = await thread('Sensitive: Ophelia incident');
    await env.dataSource.query('UPDATE discussion_threads SET sensitive = true WHERE id = $1', [sensitive]);
    await burst(tom, sensitive, 2, 'Ophelia detail');

    // A second community she has since left (private, so she may no longer read it either).
    const other = await buildPartnership(env.dataSource);
    const [otherCategory] = (await env.dataSource.query(
      `INSERT INTO forum_categories (community_id, slug, name, position) VALUES ($1, 'general', 'General', 0)
       RETURNING slug`,
      [other.community.id],
    )) as { slug: string }[];
    await join(env.dataSource, other.community.id, grace.userId, 'member');
    await join(env.dataSource, other.community.id, tom.userId, 'facilitator');
    const left = await startThread(tom, other.community.slug, otherCategory!.slug, { title: `Left: old group ${tag}` });
    await burst(tom, left, 2);
    await leave(env.dataSource, other.community.id, grace.userId);

    const digests = env.app.app.get(DigestService);
    await digests.runDue(at, 60_000);
    // runDue waits for the mail queue too: the digest has reached the SMTP server when it returns.
    const mails = mailTo(env, grace.email);
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    expect(digest!.subject).toBe('Your daily Commonroom digest: 2 busy discussions');
    expect(digest!.text).toContain(`Active: behaviour policy ${tag}`);
    expect(digest!.html).toContain(`Active: behaviour policy ${tag}`);
    expect(digest!.text).toContain(`[${community.name} · ${forum.providerName}]`);
    expect(digest!.text).toContain('something new in 1 discussion we do not describe by email');
    for (const absent of ['Read: mentor meeting notes', 'Ophelia', 'Left: old group'])
      expect(JSON.stringify(digest)).not.toContain(absent);
    expect(env.logLines.join('')).not.toContain('Ophelia');
    expect(digest!.headers['list-unsubscribe']).toMatch(/^<https:\/\/commonroom\.test\/api\/email\/unsubscribe\?/);

    // The same period again (a second run, or the schedule after the CLI): nothing more.
    await digests.runDue(at, 60_000);
    await digests.runDue(new Date(at.getTime() + 5 * 60_000), 60_000);
    expect(mailTo(env, grace.email)).toHaveLength(1);
  });

  it('builds a page of people in one job, each digest with only their own unread threads; a retried page sends nothing', async () => {
    const { at, hour } = nextUkHour();
    const forum = await partnershipForum(env);
    const { grace, tom, community, category } = forum;
    const amara = await signedInPerson(env.app, { displayName: 'Amara Okoye' });
    await join(env.dataSource, community.id, amara.userId, 'member');
    for (const person of [grace, amara]) await choose(person, { defaultMode: 'daily', digestHour: hour });
    const tag = randomUUID().slice(0, 6);
    const planning = await startThread(tom, community.slug, category.slug, { title: `Planning ${tag}` });
    const lastPlanning = await burst(tom, planning, 2);
    const marking = await startThread(tom, community.slug, category.slug, { title: `Marking ${tag}` });
    await burst(tom, marking, 3);
    const read = await amara.client.send('PUT', `/api/threads/${planning}/read`, { number: lastPlanning });
    expect(read.status).toBeLessThan(300);

    const digests = env.app.app.get(DigestService);
    await digests.runDue(at, 60_000);

    const [graceDigest] = mailTo(env, grace.email);
    expect(mailTo(env, grace.email)).toHaveLength(1);
    expect(graceDigest!.subject).toBe('Your daily Commonroom digest: 2 busy discussions');
    expect(graceDigest!.text).toMatch(new RegExp(`Marking ${tag}[^]*Planning ${tag}`)); // busiest first
    const [amaraDigest] = mailTo(env, amara.email);
    expect(mailTo(env, amara.email)).toHaveLength(1);
    expect(amaraDigest!.subject).toBe('Your daily Commonroom digest: 1 busy discussion');
    expect(amaraDigest!.text).toContain(`Marking ${tag}`);
    expect(amaraDigest!.text).not.toContain(`Planning ${tag}`);
    expect(amaraDigest!.text).toContain('Hello Amara Okoye,');
    // Both were built by one `digest` job (a page of people), not one job each.
    const [row] = (await env.dataSource.query(
      `SELECT count(*)::int AS jobs FROM pgboss.job
        WHERE name = 'digest' AND data->'userIds' @> jsonb_build_array($1::text, $2::text)`,
      [grace.userId, amara.userId],
    )) as { jobs: number }[];
    expect(row?.jobs).toBe(1);

    // The page again, as a retried job would run it: already sent this period, so nothing more.
    const sent = await digests.sendPage({
      userIds: [grace.userId, amara.userId],
      period: 'daily',
      at: at.toISOString(),
    });
    expect(sent).toBe(0);
    await env.app.app.get(JobQueue).drain([MAIL_QUEUE], 30_000);
    expect(mailTo(env, grace.email)).toHaveLength(1);
    expect(mailTo(env, amara.email)).toHaveLength(1);
  });
});
