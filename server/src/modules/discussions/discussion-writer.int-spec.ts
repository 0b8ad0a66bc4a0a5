import { randomUUID } from 'node:crypto';
import { buildForum } from '../../../test/factories/forum.factory';
import { signedInPerson } from '../../../test/support/people';
import { useAppAndDatabase } from '../../../test/support/test-app';
import type { Actor } from '../../infrastructure/auth/actor';
import { DiscussionWriter, type Published } from './discussion-writer';
import { DraftsRepository } from './drafts.repository';

/** The engine's one write path, on the real app (forum hooks registered) and a real PostgreSQL. */
describe('DiscussionWriter', () => {
  const env = useAppAndDatabase();
  const query = <T>(sql: string, params: unknown[]) => env.dataSource.query(sql, params) as Promise<T[]>;

  async function setUp() {
    const person = await signedInPerson(env.app);
    const actor = { userId: person.userId, displayName: person.displayName } as Actor;
    const { community, category } = await buildForum(env.dataSource, { members: { [person.userId]: 'member' } });
    return {
      actor,
      community,
      category,
      sut: env.app.app.get(DiscussionWriter),
      drafts: env.app.app.get(DraftsRepository),
    };
  }
  const fresh = (published: Published) => {
    if (published.replayed) throw new Error('expected a fresh publication');
    return published;
  };
  const start = (s: Awaited<ReturnType<typeof setUp>>, key?: string) =>
    s.sut.publish({
      actor: s.actor,
      raw: 'How do you plan the first week?',
      thread: {
        start: { type: 'forum', communityId: s.community.id, title: 'First weeks', tags: ['planning'] },
        details: { categoryId: s.category.id },
      },
      idempotencyKey: key,
      draftKey: `new-thread:${s.category.id}`,
      moderator: false,
    });
  const reply = (s: Awaited<ReturnType<typeof setUp>>, threadId: string, key?: string) =>
    s.sut.publish({
      actor: s.actor,
      raw: 'We start with a tour.',
      thread: { id: threadId },
      idempotencyKey: key,
      draftKey: `reply:${threadId}`,
      moderator: false,
    });

  it('starts a thread and replies through one sequence: rows, outbox, streams and the type’s hooks', async () => {
    const s = await setUp();
    const opened = fresh(await start(s));
    const replied = fresh(await reply(s, opened.threadId));

    expect([opened.post.number, replied.post.number]).toEqual([1, 2]);
    expect(replied.post).toMatchObject({
      threadId: opened.threadId,
      author: { id: s.actor.userId },
      state: 'visible',
      revision: 1,
    });
    // The forum's startThread hook placed the thread; its afterPost hook counted both posts.
    const [placed] = await query<{ category_id: string }>(
      'SELECT category_id FROM forum_threads WHERE thread_id = $1',
      [opened.threadId],
    );
    expect(placed?.category_id).toBe(s.category.id);
    const [counts] = await query<{ thread_count: number; post_count: number }>(
      'SELECT thread_count, post_count FROM forum_categories WHERE id = $1',
      [s.category.id],
    );
    expect(counts).toEqual({ thread_count: 1, post_count: 2 });
    const outbox = await query<{ post_id: string }>(
      `SELECT payload->>'postId' AS post_id FROM outbox_events WHERE type = 'discussion.post_changed' AND payload->>'threadId' = $1 ORDER BY id`,
      [opened.threadId],
    );
    expect(outbox.map((e) => e.post_id)).toEqual([opened.post.id, replied.post.id]);
    const streamed = async (stream: string) =>
      (await query<{ type: string }>('SELECT type FROM stream_events WHERE stream = $1 ORDER BY seq', [stream])).map(
        (e) => e.type,
      );
    expect(await streamed(`thread:${opened.threadId}`)).toEqual(['post.created', 'post.created']);
    expect(await streamed(`community:${s.community.id}`)).toEqual(['forum.thread_activity', 'forum.thread_activity']);
  });

  it('returns the first result when a key is replayed, for a new thread and for a reply', async () => {
    const s = await setUp();
    const threadKey = randomUUID();
    const opened = fresh(await start(s, threadKey));
    expect(await start(s, threadKey)).toEqual({ replayed: true, resourceId: opened.threadId });
    const replyKey = randomUUID();
    const replied = fresh(await reply(s, opened.threadId, replyKey));
    expect(await reply(s, opened.threadId, replyKey)).toEqual({ replayed: true, resourceId: replied.post.id });

    const [thread] = await query<{ post_count: number }>('SELECT post_count FROM discussion_threads WHERE id = $1', [
      opened.threadId,
    ]);
    expect(thread?.post_count).toBe(2);
    const threads = await query<{ n: number }>(
      'SELECT count(*)::int AS n FROM discussion_threads WHERE community_id = $1',
      [s.community.id],
    );
    expect(threads[0]?.n).toBe(1);
  });

  it('removes the draft in the publishing transaction, and keeps it (and no key) when publishing fails', async () => {
    const s = await setUp();
    const opened = fresh(await start(s));
    await s.drafts.save(s.actor.userId, `reply:${opened.threadId}`, {
      title: null,
      raw: 'We start with a tour.',
      replyToPostId: null,
    });
    await reply(s, opened.threadId);
    expect(await s.drafts.find(s.actor.userId, `reply:${opened.threadId}`)).toBeNull();

    await s.drafts.save(s.actor.userId, `reply:${opened.threadId}`, {
      title: null,
      raw: 'Too late.',
      replyToPostId: null,
    });
    await env.dataSource.query('UPDATE discussion_threads SET locked_at = now() WHERE id = $1', [opened.threadId]);
    const key = randomUUID();
    await expect(reply(s, opened.threadId, key)).rejects.toMatchObject({ code: 'not_found' });
    expect(await s.drafts.find(s.actor.userId, `reply:${opened.threadId}`)).toMatchObject({ raw: 'Too late.' });
    expect(
      await query('SELECT 1 FROM idempotency_keys WHERE user_id = $1 AND key = $2', [s.actor.userId, key]),
    ).toEqual([]);
  });
});
