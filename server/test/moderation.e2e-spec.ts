import { moderationQueueSchema, postPageSchema, postSchema, reactionsResultSchema } from '@commonroom/contracts';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

describe('moderation and reactions: flags, hiding with a reason, restoring from the queue, who reacted', () => {
  const env = useAppAndDatabase();
  let facilitator: SignedInPerson;
  let author: SignedInPerson;
  let reader: SignedInPerson;
  let outsider: SignedInPerson;

  beforeEach(async () => {
    [facilitator, author, reader, outsider] = await Promise.all([
      signedInPerson(env.app),
      signedInPerson(env.app),
      signedInPerson(env.app),
      signedInPerson(env.app),
    ]);
  });

  /** A thread in a fresh community with one reply by `author`. */
  const replyInThread = async (visibility: 'open' | 'hidden' = 'open') => {
    const { community, category } = await buildForum(env.dataSource, {
      visibility,
      members: { [facilitator.userId]: 'facilitator', [author.userId]: 'member', [reader.userId]: 'member' },
    });
    const threadId = await startThread(facilitator, community.slug, category.slug);
    const post = await reply(author, threadId, 'A reply someone will worry about');
    return { community, threadId, post };
  };
  const queue = async (slug: string, view?: 'flagged' | 'hidden') =>
    moderationQueueSchema.parse(
      await (await facilitator.client.get(`/api/communities/${slug}/moderation${view ? `?view=${view}` : ''}`)).json(),
    );
  const flag = (person: SignedInPerson, postId: string) =>
    person.client.send('POST', `/api/posts/${postId}/flags`, { reason: 'inappropriate' });
  const moderate = (postId: string, body: Record<string, unknown>) =>
    facilitator.client.send('POST', `/api/posts/${postId}/moderation`, body);
  const postAs = async (person: SignedInPerson, postId: string) =>
    postSchema.parse(await (await person.client.get(`/api/posts/${postId}`)).json());

  it('flagging a post again after the earlier flag was resolved reaches the queue again', async () => {
    const { community, post } = await replyInThread();
    expect((await flag(reader, post.id)).status).toBe(204);
    expect((await moderate(post.id, { action: 'dismiss' })).status).toBe(200);
    expect((await queue(community.slug)).items).toHaveLength(0);

    expect((await flag(reader, post.id)).status).toBe(204);
    const again = await queue(community.slug);
    expect(again.items.map((i) => [i.post.id, i.flags.length])).toEqual([[post.id, 1]]);
    // A second flag while the first is open keeps the first.
    expect((await flag(reader, post.id)).status).toBe(204);
    expect((await queue(community.slug)).items[0]!.flags).toHaveLength(1);

    // Hidden and restored, the post can be flagged once more.
    expect((await moderate(post.id, { action: 'hide', reason: 'Names a pupil' })).status).toBe(200);
    expect((await moderate(post.id, { action: 'restore' })).status).toBe(200);
    expect((await flag(reader, post.id)).status).toBe(204);
    expect((await queue(community.slug)).items.map((i) => i.post.id)).toEqual([post.id]);
  });

  it('the flag shows as the viewer’s own until a facilitator deals with it', async () => {
    const { post } = await replyInThread();
    expect((await postAs(reader, post.id)).flaggedByMe).toBe(false);
    await flag(reader, post.id);
    expect((await postAs(reader, post.id)).flaggedByMe).toBe(true);
    expect((await postAs(facilitator, post.id)).flaggedByMe).toBe(false);
    await moderate(post.id, { action: 'dismiss' });
    expect((await postAs(reader, post.id)).flaggedByMe).toBe(false);
  });

  it('hiding needs a reason (400 without one), which the author and the audit log see and other readers do not', async () => {
    const { post, threadId } = await replyInThread();
    for (const body of [{ action: 'hide' }, { action: 'hide', reason: '   ' }]) {
      const refused = await moderate(post.id, body);
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('Say why you are hiding this post');
    }
    expect((await postAs(reader, post.id)).state).toBe('visible');

    expect((await moderate(post.id, { action: 'hide', reason: 'Names a pupil at a partner school' })).status).toBe(200);
    expect(await postAs(author, post.id)).toMatchObject({
      state: 'hidden',
      html: null,
      hiddenReason: 'Names a pupil at a partner school',
    });
    expect(await postAs(reader, post.id)).toMatchObject({ state: 'hidden', html: null, hiddenReason: null });
    const onPage = postPageSchema.parse(await (await author.client.get(`/api/threads/${threadId}/posts`)).json());
    expect(onPage.items[1]!.hiddenReason).toBe('Names a pupil at a partner school');

    const audit: { action: string; metadata: Record<string, unknown> }[] = await env.dataSource.query(
      `SELECT action, metadata FROM audit_events WHERE metadata->>'postId' = $1 ORDER BY occurred_at, id`,
      [post.id],
    );
    expect(audit.map((a) => [a.action, a.metadata.reason])).toEqual([
      ['moderation.post_hidden', 'Names a pupil at a partner school'],
    ]);
  });

  it('hidden posts are listed in the queue’s Hidden view with who hid them and why, and restore from there', async () => {
    const { community, post } = await replyInThread();
    await flag(reader, post.id);
    await moderate(post.id, { action: 'hide', reason: 'Off-topic advert' });
    expect((await queue(community.slug)).items).toHaveLength(0);

    const hidden = await queue(community.slug, 'hidden');
    expect(hidden.items).toHaveLength(1);
    const [item] = hidden.items;
    expect(item!.post).toMatchObject({ id: post.id, state: 'hidden', hiddenReason: 'Off-topic advert' });
    expect(item!.post.html).toContain('A reply someone will worry about');
    expect(item!.hidden).toMatchObject({ by: { id: facilitator.userId }, reason: 'Off-topic advert' });
    expect(item!.flags.map((f) => [f.reason, f.flaggedBy.id])).toEqual([['inappropriate', reader.userId]]);
    expect((await author.client.get(`/api/communities/${community.slug}/moderation?view=hidden`)).status).toBe(403);
    expect((await facilitator.client.get(`/api/communities/${community.slug}/moderation?view=gone`)).status).toBe(400);

    const restored = postSchema.parse(await (await moderate(post.id, { action: 'restore' })).json());
    expect(restored).toMatchObject({ state: 'visible', hiddenReason: null });
    expect((await queue(community.slug, 'hidden')).items).toHaveLength(0);
    expect((await postAs(reader, post.id)).html).toContain('A reply someone will worry about');
  });

  it('says who reacted, in the order they did, to people who may read the post and nobody else', async () => {
    const { post, threadId } = await replyInThread('hidden');
    const react = (person: SignedInPerson) => person.client.send('PUT', `/api/posts/${post.id}/reactions/thanks`);
    await react(reader);
    const result = reactionsResultSchema.parse(await (await react(facilitator)).json());
    expect(result.reactions).toEqual([
      {
        reaction: 'thanks',
        count: 2,
        mine: true,
        people: [
          { id: reader.userId, displayName: reader.displayName },
          { id: facilitator.userId, displayName: facilitator.displayName },
        ],
      },
    ]);
    const seen = postPageSchema.parse(await (await author.client.get(`/api/threads/${threadId}/posts`)).json());
    expect(seen.items[1]!.reactions[0]!.people.map((p) => p.displayName)).toEqual([
      reader.displayName,
      facilitator.displayName,
    ]);
    for (const path of [`/api/threads/${threadId}/posts`, `/api/posts/${post.id}`]) {
      const response = await outsider.client.get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(reader.displayName);
    }
  });
});
