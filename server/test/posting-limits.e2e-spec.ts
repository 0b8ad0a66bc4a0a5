import { ErrorCode, draftResultSchema, errorBodySchema, moderationQueueSchema } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

/**
 * Limits count posts in fixed windows of the database clock. When little of the current minute is
 * left, wait for the next one, so a run of posts cannot straddle two windows (at most 20 seconds).
 */
async function atTheStartOfAMinute(dataSource: DataSource): Promise<void> {
  const [row] = (await dataSource.query(`SELECT 60 - extract(epoch FROM clock_timestamp())::numeric % 60 AS left`)) as {
    left: string;
  }[];
  const left = Number(row!.left);
  if (left < 20) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
}

/** How the refusal says a wait of up to a minute: "1 second", "42 seconds", and a whole minute as "1 minute". */
const waitInWords = (seconds: number) =>
  seconds >= 60 ? '1 minute' : seconds === 1 ? '1 second' : `${seconds} seconds`;

describe('posting limits', () => {
  const env = useAppAndDatabase();
  let facilitator: SignedInPerson;
  let member: SignedInPerson;
  beforeEach(async () => {
    [facilitator, member] = [await signedInPerson(env.app), await signedInPerson(env.app)];
  });
  const forum = () =>
    buildForum(env.dataSource, { members: { [facilitator.userId]: 'facilitator', [member.userId]: 'member' } });
  const post = (who: SignedInPerson, threadId: string, raw: string) =>
    who.client.send('POST', `/api/threads/${threadId}/posts`, { raw });
  const postCount = async (threadId: string) =>
    (
      (await env.dataSource.query('SELECT post_count FROM discussion_threads WHERE id = $1', [threadId])) as {
        post_count: number;
      }[]
    )[0]!.post_count;

  it('refuses a member’s seventh post in a minute with 429 and a sentence saying when, and keeps what they wrote', async () => {
    const { community, category } = await forum();
    await atTheStartOfAMinute(env.dataSource);
    const threadId = await startThread(member, community.slug, category.slug);
    for (let n = 2; n <= 6; n++) await reply(member, threadId, `Reply number ${n}`);
    const draftKey = `reply:${threadId}`;
    await member.client.send('PUT', `/api/me/drafts/${draftKey}`, { raw: 'One more thought' });

    const refused = await post(member, threadId, 'One more thought');
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const error = errorBodySchema.parse(await refused.json()).error;
    expect(error.code).toBe(ErrorCode.RateLimited);
    expect(error.message).toBe(
      `You can post up to 6 times a minute. You can post again in ${waitInWords(retryAfter)}; what you wrote is kept.`,
    );

    expect(await postCount(threadId)).toBe(6);
    const draft = draftResultSchema.parse(await (await member.client.get(`/api/me/drafts/${draftKey}`)).json()).draft;
    expect(draft?.raw).toBe('One more thought');
  });

  it('holds new members, and people whose posts were hidden, to 3 posts a minute', async () => {
    const { community, category } = await forum();
    await atTheStartOfAMinute(env.dataSource);
    const threadId = await startThread(member, community.slug, category.slug);
    const second = await reply(member, threadId, 'Buy followers at example.org');
    const third = await reply(member, threadId, 'Cheap essays at example.org');
    for (const spam of [second, third]) {
      expect(
        (await facilitator.client.send('POST', `/api/posts/${spam.id}/moderation`, { action: 'hide', reason: 'Spam' }))
          .status,
      ).toBe(200);
    }

    const refused = await post(member, threadId, 'And again at example.org');
    expect(refused.status).toBe(429);
    expect(errorBodySchema.parse(await refused.json()).error.message).toMatch(
      /^Until you have 3 posts here, you can post up to 3 times a minute\. You can post again in (\d+ seconds?|1 minute); what you wrote is kept\.$/,
    );
    expect(await postCount(threadId)).toBe(3);
  });

  it('does not limit facilitators', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(facilitator, community.slug, category.slug);
    // More than two minutes' worth for a member, so at least one minute's window goes past the limit.
    for (let n = 2; n <= 13; n++) expect((await post(facilitator, threadId, `Announcement ${n}`)).status).toBe(201);
    expect(await postCount(threadId)).toBe(13);
  });

  it('a retried submit is answered from its first result, not counted again', async () => {
    const { community, category } = await forum();
    await atTheStartOfAMinute(env.dataSource);
    const threadId = await startThread(member, community.slug, category.slug);
    for (let n = 2; n <= 5; n++) await reply(member, threadId, `Reply number ${n}`);
    const key = crypto.randomUUID();
    const sixth = await reply(member, threadId, 'The sixth', { key });
    await expect(reply(member, threadId, 'The sixth', { key })).resolves.toMatchObject({ id: sixth.id });
    expect((await post(member, threadId, 'The seventh')).status).toBe(429);
  });

  it('counts in the post’s own transaction: many people posting at once all get through', async () => {
    const people = await Promise.all(Array.from({ length: 12 }, () => signedInPerson(env.app)));
    const { community, category } = await buildForum(env.dataSource, {
      members: Object.fromEntries(people.map((p) => [p.userId, 'member' as const])),
    });
    const threadId = await startThread(people[0]!, community.slug, category.slug);
    const answers = await Promise.all(people.map((p) => post(p, threadId, 'Posting at the same moment')));
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 201));
    expect(await postCount(threadId)).toBe(13);
  });

  it('shows facilitators the limits in the community’s moderation queue', async () => {
    const { community } = await forum();
    const queue = moderationQueueSchema.parse(
      await (await facilitator.client.get(`/api/communities/${community.slug}/moderation`)).json(),
    );
    expect(queue.postingLimits).toEqual({
      perMinute: 6,
      perHour: 30,
      newMembers: { perMinute: 3, perHour: 10, untilPosts: 3 },
    });
    expect((await member.client.get(`/api/communities/${community.slug}/moderation`)).status).toBe(403);
  });
});
