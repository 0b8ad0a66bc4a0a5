import { notificationPageSchema } from '@commonroom/contracts';
import { buildForum, reply, startThread } from '../../../test/factories/forum.factory';
import { signedInPerson } from '../../../test/support/people';
import { eventually } from '../../../test/support/realtime';
import { useAppAndDatabase } from '../../../test/support/test-app';

/** The bell and the page over HTTP: list with context, filters, mark read, and reading the thread. */
describe('GET/POST /api/notifications', () => {
  const env = useAppAndDatabase();

  it('lists my notices with a link to the post, filters them, and reads them', async () => {
    const [asker, replier, other] = await Promise.all([1, 2, 3].map(() => signedInPerson(env.app)));
    const members = { [asker!.userId]: 'member' as const, [replier!.userId]: 'member' as const };
    const { community, category } = await buildForum(env.dataSource, { visibility: 'request', members });
    const threadId = await startThread(asker!, community.slug, category.slug, { title: 'Planning week one' });
    await reply(replier!, threadId, 'A tour first.');
    await reply(replier!, threadId, 'Then a chat.');
    const list = async (query = '') => {
      const res = await asker!.client.get(`/api/notifications${query}`);
      expect(res.status).toBe(200);
      return notificationPageSchema.parse(await res.json());
    };
    await eventually(async () => expect((await list()).items[0]?.eventCount).toBe(2));
    const page = await list('?filter=unread');
    expect(page.unreadCount).toBe(1);
    expect(page.items[0]).toMatchObject({
      kind: 'new_post',
      thread: { id: threadId, title: 'Planning week one' },
      context: { community: { slug: community.slug } },
      actors: [{ id: replier!.userId }],
      path: `/communities/${community.slug}/forum/t/${threadId}#post-3`,
      read: false,
    });
    expect((await list('?kind=mention')).items).toEqual([]);
    expect((await list(`?communityId=${community.id}`)).items).toHaveLength(1);
    expect((await other!.client.get('/api/notifications')).status).toBe(200);
    expect(notificationPageSchema.parse(await (await other!.client.get('/api/notifications')).json()).items).toEqual(
      [],
    );
    expect((await asker!.client.get('/api/notifications?kind=nonsense')).status).toBe(400);
    expect((await asker!.client.send('POST', '/api/notifications/read', { ids: ['x'] })).status).toBe(400);

    // Reading the thread only up to post 2 leaves the notice about post 3 unread; reading on reads it.
    await asker!.client.send('PUT', `/api/threads/${threadId}/read`, { number: 2 });
    expect((await list('?filter=unread')).unreadCount).toBe(1);
    const read = await asker!.client.send('POST', '/api/notifications/read', { ids: [page.items[0]!.id] });
    expect(await read.json()).toEqual({ unreadCount: 0 });
    expect((await list('?filter=unread')).items).toEqual([]);
  });
});
