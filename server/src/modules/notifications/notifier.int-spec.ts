import { streams } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { signedInPerson } from '../../../test/support/people';
import { Inbox, connectAs, eventually, subscribe, useSocketCleanup } from '../../../test/support/realtime';
import { useAppAndDatabase } from '../../../test/support/test-app';
import { NotificationChannels } from './notification-channels';
import { Notifier } from './notifier';
import type { CreatedNotice, NoticeInput } from './notice.types';

/** The one way features send notices: grouping, idempotency, channels and the user stream, on a real app. */
describe('Notifier', () => {
  const env = useAppAndDatabase();
  const track = useSocketCleanup();
  const notifier = () => env.app.app.get(Notifier);
  // The app's own data source: the notifier delivers when a transaction on it commits.
  const appData = () => env.app.app.get(DataSource);
  const notify = (input: NoticeInput) => appData().transaction((m) => notifier().notify(m, input));
  const rows = (userId: string) =>
    env.dataSource.query(
      'SELECT kind, group_key, actor_ids, actor_count, event_count, read_at, sensitive FROM notifications WHERE user_id = $1 ORDER BY created_at',
      [userId],
    ) as Promise<{ group_key: string; actor_ids: string[]; actor_count: number; event_count: number }[]>;

  it('gathers events about one thing into one unread notice, and starts a new one once it is read', async () => {
    const [reader, a, b] = await Promise.all([1, 2, 3].map(() => signedInPerson(env.app)));
    const threadId = crypto.randomUUID();
    const base = { userIds: [reader!.userId], kind: 'reply' as const, groupKey: `reply:${threadId}`, threadId };
    await notify({ ...base, actorId: a!.userId, postId: crypto.randomUUID(), postNumber: 2 });
    await notify({ ...base, actorId: b!.userId, postId: crypto.randomUUID(), postNumber: 3 });
    await notify({ ...base, actorId: a!.userId, postId: crypto.randomUUID(), postNumber: 4 });
    const [one] = await rows(reader!.userId);
    expect(one).toMatchObject({ event_count: 3, actor_count: 2, actor_ids: [a!.userId, b!.userId] });

    await env.dataSource.query('UPDATE notifications SET read_at = now() WHERE user_id = $1', [reader!.userId]);
    await notify({ ...base, actorId: b!.userId, postId: crypto.randomUUID(), postNumber: 5 });
    expect((await rows(reader!.userId)).map((r) => r.event_count)).toEqual([3, 1]);
  });

  it('counts every event it is given, and answers each person with their unread count', async () => {
    const [reader, actor] = await Promise.all([1, 2].map(() => signedInPerson(env.app)));
    const socket = track(await connectAs(env.app, reader!));
    const inbox = new Inbox(socket);
    expect(await subscribe(socket, streams.user(reader!.userId))).toMatchObject({ ok: true });
    const input: NoticeInput = {
      // Twice in one list: one notice, one stream event.
      userIds: [reader!.userId, reader!.userId],
      kind: 'mention',
      groupKey: `mention:${crypto.randomUUID()}`,
      actorId: actor!.userId,
      postId: crypto.randomUUID(),
    };
    expect(await notify(input)).toBe(1);
    // Not idempotent by itself: handlers skip a redelivered event (the inbox, thread-notices.int-spec).
    expect(await notify(input)).toBe(1);
    expect(await rows(reader!.userId)).toEqual([expect.objectContaining({ event_count: 2, actor_count: 1 })]);
    await notify({ ...input, groupKey: `mention:${crypto.randomUUID()}` });
    await eventually(() =>
      expect(inbox.events.map((e) => e.payload)).toEqual([{ unreadCount: 1 }, { unreadCount: 1 }, { unreadCount: 2 }]),
    );
  });

  it('tells the channels in the same transaction, and nothing when it rolls back', async () => {
    const reader = await signedInPerson(env.app);
    const seen: CreatedNotice[] = [];
    env.app.app.get(NotificationChannels).register({ noticesCreated: async (_m, n) => void seen.push(...n) });
    const input: NoticeInput = {
      userIds: [reader.userId],
      kind: 'contact_request',
      groupKey: 'contact:x',
      sensitive: true,
    };
    await expect(
      appData().transaction(async (m) => {
        await notifier().notify(m, input);
        throw new Error('the feature failed');
      }),
    ).rejects.toThrow('the feature failed');
    expect(await rows(reader.userId)).toEqual([]);
    // The channel was told inside the transaction, so what it queued rolled back with the notice.
    expect(seen.filter((n) => n.userId === reader.userId)).toHaveLength(1);
    await notify(input);
    expect(seen.filter((n) => n.userId === reader.userId)).toEqual([
      expect.objectContaining({ kind: 'contact_request', sensitive: true }),
      expect.objectContaining({ kind: 'contact_request', sensitive: true }),
    ]);
    expect(await rows(reader.userId)).toHaveLength(1);
  });

  it('sends only the unread count on the person’s stream, after commit', async () => {
    const reader = await signedInPerson(env.app);
    const socket = track(await connectAs(env.app, reader));
    const inbox = new Inbox(socket);
    expect(await subscribe(socket, streams.user(reader.userId))).toMatchObject({ ok: true });
    await notify({ userIds: [reader.userId], kind: 'new_post', groupKey: `post:${crypto.randomUUID()}` });
    await notify({ userIds: [reader.userId], kind: 'new_post', groupKey: `post:${crypto.randomUUID()}` });
    await eventually(() =>
      expect(inbox.events.map((e) => e.payload)).toEqual([{ unreadCount: 1 }, { unreadCount: 2 }]),
    );
    expect(inbox.events.map((e) => e.type)).toEqual(['notification.created', 'notification.created']);
  });

  it('fans out to thousands of people in chunks of set-based statements', async () => {
    const ids = (await env.dataSource.query(
      `INSERT INTO users (email, display_name, email_verified_at)
       SELECT 'fan-' || g || '-' || gen_random_uuid() || '@example.org', 'Fan ' || g, now() FROM generate_series(1, 3000) g
       RETURNING id`,
    )) as { id: string }[];
    const started = Date.now();
    // More than one chunk (FAN_OUT_CHUNK), in one transaction.
    const created = await notify({ userIds: ids.map((r) => r.id), kind: 'new_thread', groupKey: 'thread:bulk' });
    expect(created).toBe(3000);
    const [counted] = (await env.dataSource.query(
      "SELECT count(*)::int AS n FROM notifications WHERE group_key = 'thread:bulk' AND user_id = ANY($1::uuid[])",
      [ids.map((r) => r.id)],
    )) as { n: number }[];
    expect(counted!.n).toBe(3000);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
