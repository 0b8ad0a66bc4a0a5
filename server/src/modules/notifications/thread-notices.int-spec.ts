import { streams } from '@commonroom/contracts';
import { buildForum, reply, startThread } from '../../../test/factories/forum.factory';
import { signedInPerson, type SignedInPerson } from '../../../test/support/people';
import { Inbox, connectAs, eventually, subscribe, useSocketCleanup } from '../../../test/support/realtime';
import { redeliver } from '../../../test/support/outbox';
import { useAppAndDatabase } from '../../../test/support/test-app';

/** From a real post to the right people's notices: watch levels, access, blocks, sensitive threads, redelivery. */
describe('thread notices', () => {
  const env = useAppAndDatabase();
  const track = useSocketCleanup();
  const notices = (userId: string) =>
    env.dataSource.query(
      'SELECT kind, event_count, sensitive, post_number FROM notifications WHERE user_id = $1 ORDER BY created_at',
      [userId],
    ) as Promise<{ kind: string; event_count: number; sensitive: boolean; post_number: number }[]>;
  const watch = (person: SignedInPerson, threadId: string, level: string) =>
    env.dataSource.query(
      `INSERT INTO thread_readers (user_id, thread_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE SET level = $3`,
      [person.userId, threadId, level],
    );

  /** Every recorded event handled (the dispatcher runs after commit). */
  const settled = () =>
    eventually(async () => {
      const [row] = await env.dataSource.query(
        'SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL',
      );
      expect(row.n).toBe(0);
    });

  async function setUp(visibility: 'open' | 'request' = 'request') {
    const [asker, watcher, muted, outsider, replier] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => signedInPerson(env.app)),
    );
    const members = Object.fromEntries([asker, watcher, muted, replier].map((p) => [p!.userId, 'member' as const]));
    const { community, category } = await buildForum(env.dataSource, { visibility, members });
    const threadId = await startThread(asker!, community.slug, category.slug);
    await settled();
    await watch(watcher!, threadId, 'watching');
    await watch(muted!, threadId, 'muted');
    return {
      asker: asker!,
      watcher: watcher!,
      muted: muted!,
      outsider: outsider!,
      replier: replier!,
      threadId,
      community,
    };
  }

  it('tells the asker of a reply to their post, watchers of every post, and the muted nothing', async () => {
    const s = await setUp();
    const [opening] = (await env.dataSource.query('SELECT id FROM discussion_posts WHERE thread_id = $1', [
      s.threadId,
    ])) as { id: string }[];
    await reply(s.replier, s.threadId, 'We start with a tour.', { replyToPostId: opening!.id });
    await reply(s.replier, s.threadId, 'And a cup of tea.');
    await eventually(async () =>
      expect(await notices(s.watcher.userId)).toEqual([
        expect.objectContaining({ kind: 'new_post', event_count: 2, post_number: 3 }),
      ]),
    );
    // The asker watches their own thread, so the second post comes as a new post, the first as a reply.
    expect(await notices(s.asker.userId)).toEqual([
      expect.objectContaining({ kind: 'reply', event_count: 1, post_number: 2 }),
      expect.objectContaining({ kind: 'new_post', event_count: 1, post_number: 3 }),
    ]);
    expect(await notices(s.muted.userId)).toEqual([]);
    expect(await notices(s.replier.userId)).toEqual([]);
  });

  it('notifies the mentioned only if they may read the community, and never from someone they blocked', async () => {
    const s = await setUp();
    await env.dataSource.query('INSERT INTO contact_blocks (user_id, blocked_user_id) VALUES ($1, $2)', [
      s.asker.userId,
      s.replier.userId,
    ]);
    const raw = `Ask @[Out](mention:${s.outsider.userId}) and @[Asker](mention:${s.asker.userId}), and @[W](mention:${s.watcher.userId}).`;
    await reply(s.replier, s.threadId, raw);
    await eventually(async () =>
      expect(await notices(s.watcher.userId)).toEqual([expect.objectContaining({ kind: 'mention' })]),
    );
    expect(await notices(s.outsider.userId)).toEqual([]);
    expect(await notices(s.asker.userId)).toEqual([]);
  });

  it('gives nothing new to someone who lost access, on the list or the live stream', async () => {
    const s = await setUp();
    const socket = track(await connectAs(env.app, s.watcher));
    const inbox = new Inbox(socket);
    await subscribe(socket, streams.user(s.watcher.userId));
    await reply(s.replier, s.threadId, 'First.');
    await eventually(() => expect(inbox.events).toHaveLength(1));
    expect(inbox.events[0]!.payload).toEqual({ unreadCount: 1 });
    await env.dataSource.query('DELETE FROM community_members WHERE user_id = $1', [s.watcher.userId]);
    await reply(s.replier, s.threadId, 'Second.');
    await reply(s.asker, s.threadId, 'Third, to be sure the outbox has run.');
    await eventually(async () => expect(await notices(s.asker.userId)).toHaveLength(1));
    await eventually(async () =>
      expect(
        (await env.dataSource.query('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL'))[0].n,
      ).toBe(0),
    );
    expect(await notices(s.watcher.userId)).toEqual([expect.objectContaining({ event_count: 1 })]);
    expect(inbox.events).toHaveLength(1);
  });

  it('marks every notice about a sensitive thread sensitive, with no text in the stream payload', async () => {
    const s = await setUp();
    await env.dataSource.query('UPDATE discussion_threads SET sensitive = true WHERE id = $1', [s.threadId]);
    const socket = track(await connectAs(env.app, s.watcher));
    const inbox = new Inbox(socket);
    await subscribe(socket, streams.user(s.watcher.userId));
    await reply(s.replier, s.threadId, 'Pupil A said something worrying.');
    await eventually(async () =>
      expect(await notices(s.watcher.userId)).toEqual([expect.objectContaining({ sensitive: true })]),
    );
    await eventually(() => expect(inbox.events).toHaveLength(1));
    expect(JSON.stringify(inbox.events[0]!.payload)).toBe('{"unreadCount":1}');
  });

  it('counts an event once when it is delivered again, even after a newer one', async () => {
    const s = await setUp();
    const first = await reply(s.replier, s.threadId, 'First of two.');
    const second = await reply(s.asker, s.threadId, 'Second of two.');
    await settled();
    const afterBoth = [expect.objectContaining({ kind: 'new_post', event_count: 2, post_number: 3 })];
    expect(await notices(s.watcher.userId)).toEqual(afterBoth);
    await redeliver(env.app, 'discussion.post_published', 'postId', first.id);
    await redeliver(env.app, 'discussion.post_published', 'postId', second.id);
    expect(await notices(s.watcher.userId)).toEqual(afterBoth);
  });
});
