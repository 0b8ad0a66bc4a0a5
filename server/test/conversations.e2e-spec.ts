import { randomUUID } from 'node:crypto';
import {
  acceptedContactRequestSchema,
  conversationListSchema,
  conversationSchema,
  moderationQueueSchema,
  postPageSchema,
  postSchema,
  searchResultSchema,
  streams,
  suggestionsSchema,
  type Conversation,
} from '@commonroom/contracts';
import { buildCommunity } from './factories/community.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { connectAs, eventually, Inbox, postIds, revocations, subscribe, useSocketCleanup } from './support/realtime';
import { uniqueWord } from './support/search-engine.contract';
import { useAppAndDatabase } from './support/test-app';

/** Private conversations: only participants read them, over HTTP and the live socket alike. */
describe('private conversations', () => {
  const env = useAppAndDatabase();
  const keep = useSocketCleanup();

  /** People who share a (hidden) community, so they may message each other. */
  async function colleagues(count: number): Promise<SignedInPerson[]> {
    const people = await Promise.all(Array.from({ length: count }, () => signedInPerson(env.app)));
    const members = Object.fromEntries(people.map((p) => [p.userId, 'member'] as const));
    await buildCommunity(env.dataSource, { visibility: 'hidden', members });
    return people;
  }

  async function start(by: SignedInPerson, others: SignedInPerson[], raw?: string, key?: string) {
    const headers: Record<string, string> = key ? { 'idempotency-key': key } : {};
    const body = { participantIds: others.map((o) => o.userId), ...(raw ? { raw } : {}) };
    return by.client.send('POST', '/api/conversations', body, { headers });
  }

  async function started(by: SignedInPerson, others: SignedInPerson[], raw?: string): Promise<Conversation> {
    const response = await start(by, others, raw);
    expect(response.status).toBe(201);
    return conversationSchema.parse(await response.json());
  }

  async function send(by: SignedInPerson, conversationId: string, raw: string, key?: string) {
    const headers: Record<string, string> = key ? { 'idempotency-key': key } : {};
    return by.client.send('POST', `/api/threads/${conversationId}/posts`, { raw }, { headers });
  }

  const messages = async (who: SignedInPerson, id: string) =>
    postPageSchema.parse(await (await who.client.get(`/api/threads/${id}/posts`)).json()).items;

  it('is read by its participants only: an outsider gets 404 everywhere and no socket delivery', async () => {
    const [priya, mohammed, outsider] = await colleagues(3);
    const conversation = await started(priya!, [mohammed!], 'Shall we plan the mentor meeting?');
    expect(conversation.participants.map((p) => p.id).sort()).toEqual([priya!.userId, mohammed!.userId].sort());
    const [first] = await messages(mohammed!, conversation.id);
    expect(first?.html).toContain('plan the mentor meeting');
    // Not a forum thread, even to its participants: the forum's routes neither show nor change it.
    expect((await mohammed!.client.get(`/api/threads/${conversation.id}`)).status).toBe(404);
    expect((await priya!.client.send('PATCH', `/api/threads/${conversation.id}`, { title: 'Renamed' })).status).toBe(
      404,
    );

    for (const path of [
      `/api/conversations/${conversation.id}`,
      `/api/threads/${conversation.id}/posts`,
      `/api/posts/${first!.id}`,
      `/api/threads/${conversation.id}`,
    ])
      expect([path, (await outsider!.client.get(path)).status]).toEqual([path, 404]);
    expect((await send(outsider!, conversation.id, 'Let me in')).status).toBe(404);
    expect((await outsider!.client.send('POST', `/api/conversations/${conversation.id}/leave`)).status).toBe(404);

    const socket = keep(await connectAs(env.app, outsider!));
    await expect(subscribe(socket, streams.thread(conversation.id))).resolves.toEqual({
      ok: false,
      code: 'not_found',
    });
    const list = conversationListSchema.parse(await (await outsider!.client.get('/api/conversations')).json());
    expect(list.items).toEqual([]);

    // Signed out, through the routes public reading opened (ADR 0015): never a conversation, nor its title.
    const visitor = new BrowserLikeClient(env.app);
    for (const path of [
      `/api/threads/${conversation.id}/posts`,
      `/api/threads/${conversation.id}`,
      `/api/threads/${conversation.id}/teaser`,
    ])
      expect([path, (await visitor.get(path)).status]).toEqual([path, 404]);
    expect((await visitor.get(`/api/posts/${first!.id}`)).status).toBe(401); // not a public route at all
    expect(await (await visitor.get(`/communities/x/forum/t/${conversation.id}`)).text()).not.toContain(
      'mentor meeting',
    );
  });

  it('a one-to-one is reused; the list shows it unread with its last message to the other person', async () => {
    const [priya, mohammed] = await colleagues(2);
    const first = await started(priya!, [mohammed!], 'Hello @[Mohammed](mention:' + mohammed!.userId + ')');
    const again = await started(mohammed!, [priya!], 'Hello back');
    expect(again.id).toBe(first.id);
    expect(again.kind).toBe('direct');

    const list = conversationListSchema.parse(await (await priya!.client.get('/api/conversations')).json());
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: first.id,
      participants: [{ id: mohammed!.userId }],
      unreadCount: 1,
      lastMessage: { excerpt: 'Hello back', author: { id: mohammed!.userId } },
    });
  });

  it('a retried message with the same Idempotency-Key is posted once', async () => {
    const [priya, mohammed] = await colleagues(2);
    const { id } = await started(priya!, [mohammed!]);
    const KEY = `retry-${randomUUID()}`;
    const [a, b] = await Promise.all([send(priya!, id, 'Only once', KEY), send(priya!, id, 'Only once', KEY)]);
    const [postA, postB] = [postSchema.parse(await a.json()), postSchema.parse(await b.json())];
    expect(postB.id).toBe(postA.id);
    expect(await messages(mohammed!, id)).toHaveLength(1);
  });

  it('a participant who leaves gets 404 at once and is evicted from the live stream', async () => {
    const [priya, mohammed, amara] = await colleagues(3);
    const { id } = await started(priya!, [mohammed!, amara!], 'Group plan for Thursday');
    const stream = streams.thread(id);
    const leaverSocket = keep(await connectAs(env.app, amara!));
    const leaverInbox = new Inbox(leaverSocket);
    const revoked = revocations(leaverSocket);
    await expect(subscribe(leaverSocket, stream)).resolves.toMatchObject({ ok: true });

    expect((await amara!.client.send('POST', `/api/conversations/${id}/leave`)).status).toBe(204);
    expect(revoked).toEqual([stream]);
    expect((await amara!.client.get(`/api/conversations/${id}`)).status).toBe(404);
    const post = postSchema.parse(await (await send(priya!, id, 'After Amara left')).json());
    const witness = keep(await connectAs(env.app, mohammed!));
    const witnessInbox = new Inbox(witness);
    await subscribe(witness, stream);
    await eventually(() => expect(postIds(witnessInbox)).toContain(post.id));
    expect(postIds(leaverInbox)).not.toContain(post.id);
    const list = conversationSchema.parse(await (await priya!.client.get(`/api/conversations/${id}`)).json());
    expect(list.participants.map((p) => p.id)).not.toContain(amara!.userId);
  });

  it('tells every participant’s own stream about a new message', async () => {
    const [priya, mohammed] = await colleagues(2);
    const { id } = await started(priya!, [mohammed!]);
    const socket = keep(await connectAs(env.app, mohammed!));
    const inbox = new Inbox(socket);
    await subscribe(socket, streams.user(mohammed!.userId));
    await send(priya!, id, 'Are you free at four?');
    await eventually(() =>
      expect(
        inbox.events.map((e) => [e.type, (e.payload as { conversationId: string }).conversationId]),
      ).toContainEqual(['conversation.activity', id]),
    );
  });

  it('needs a shared community or an accepted contact, and a block stops starting, adding and one-to-one posting', async () => {
    const [priya, mohammed, amara] = await colleagues(3);
    const stranger = await signedInPerson(env.app);
    const refused = await start(priya!, [stranger]);
    expect(refused.status).toBe(403);
    expect((await start(priya!, [priya!])).status).toBe(400);

    const direct = await started(priya!, [mohammed!], 'Before the block');
    const group = await started(priya!, [amara!]).then(() => started(amara!, [priya!, mohammed!]));
    expect((await mohammed!.client.send('PUT', `/api/me/contact-blocks/${priya!.userId}`)).status).toBe(204);

    const blockedStart = await start(priya!, [mohammed!]);
    expect(blockedStart.status).toBe(403);
    // The same sentence as for a stranger: nobody learns from it that they were blocked.
    const { error } = (await refused.json()) as { error: { message: string } };
    expect(await blockedStart.json()).toMatchObject({ error: { code: 'forbidden', message: error.message } });
    expect((await send(priya!, direct.id, 'After the block')).status).toBe(403);
    expect((await send(mohammed!, direct.id, 'Nor me')).status).toBe(403);
    expect((await priya!.client.get(`/api/conversations/${direct.id}`)).status).toBe(200);
    // In a group both stay and may write; the blocker just cannot be added by the person they blocked.
    expect((await send(priya!, group.id, 'Still fine in the group')).status).toBe(201);
    expect((await start(priya!, [amara!, mohammed!])).status).toBe(403);
    const [newcomer] = await colleagues(1);
    await env.dataSource.query(
      `INSERT INTO community_members (community_id, user_id, role)
       SELECT community_id, $2, 'member' FROM community_members WHERE user_id = $1 LIMIT 1`,
      [newcomer!.userId, priya!.userId],
    );
    const priyaGroup = await started(priya!, [amara!, newcomer!]);
    const add = (ids: string[]) =>
      priya!.client.send('POST', `/api/conversations/${priyaGroup.id}/participants`, { participantIds: ids });
    expect((await add([mohammed!.userId])).status).toBe(403);
    expect(
      (
        await priya!.client.send('POST', `/api/conversations/${direct.id}/participants`, {
          participantIds: [amara!.userId],
        })
      ).status,
    ).toBe(403);

    expect((await mohammed!.client.send('DELETE', `/api/me/contact-blocks/${priya!.userId}`)).status).toBe(204);
    expect((await send(priya!, direct.id, 'Unblocked')).status).toBe(201);
  });

  it('accepting a contact request opens the one-to-one, even with nobody in common', async () => {
    const [sender, recipient] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    const request = await sender.client.send('POST', `/api/people/${recipient.userId}/contact-requests`, {
      message: 'Could we talk about the Year 9 practicals?',
    });
    const { id } = (await request.json()) as { id: string };
    const accepted = await recipient.client.send('POST', `/api/me/contact-requests/${id}/accept`, {
      shareEmail: true,
      sharePhone: false,
      note: null,
    });
    expect(accepted.status).toBe(200);
    const { conversationId } = acceptedContactRequestSchema.parse(await accepted.json());
    const opened = conversationSchema.parse(
      await (await sender.client.get(`/api/conversations/${conversationId}`)).json(),
    );
    expect(opened.participants.map((p) => p.id).sort()).toEqual([sender.userId, recipient.userId].sort());
    expect((await started(sender, [recipient])).id).toBe(conversationId);
  });

  it('lets a participant flag the other’s message; the flag is outside every community’s queue', async () => {
    const [priya, mohammed, outsider] = await colleagues(3);
    const { id } = await started(priya!, [mohammed!], 'Please share the pupil list with me');
    const [message] = await messages(mohammed!, id);
    const flag = (who: SignedInPerson) =>
      who.client.send('POST', `/api/posts/${message!.id}/flags`, { reason: 'identifies_someone' });
    expect((await flag(outsider!)).status).toBe(404);
    expect((await flag(priya!)).status).toBe(403);
    expect((await flag(mohammed!)).status).toBe(204);
    const [row] = (await env.dataSource.query(
      `SELECT f.status, t.community_id FROM post_flags f JOIN discussion_posts p ON p.id = f.post_id
         JOIN discussion_threads t ON t.id = p.thread_id WHERE f.post_id = $1`,
      [message!.id],
    )) as { status: string; community_id: string | null }[];
    expect(row).toEqual({ status: 'open', community_id: null });
  });

  it('sends a reported message alone to platform admins, who hide it with a reason for the participants to see', async () => {
    const [priya, mohammed] = await colleagues(2);
    const admin = await signedInPerson(env.app, { platformRole: 'admin' });
    const { id } = await started(priya!, [mohammed!], 'The meeting is on Tuesday');
    const reported = postSchema.parse(await (await send(priya!, id, 'Tell me where the pupil lives')).json());
    const report = { reason: 'identifies_someone', note: 'Names a pupil' };
    expect((await mohammed!.client.send('POST', `/api/posts/${reported.id}/flags`, report)).status).toBe(204);

    // Nobody else reads the queue, and the admin still cannot read the conversation itself.
    for (const who of [priya!, mohammed!])
      expect((await who.client.get('/api/moderation/conversations')).status).toBe(403);
    expect((await admin.client.get(`/api/threads/${id}/posts`)).status).toBe(404);
    expect((await admin.client.get(`/api/conversations/${id}`)).status).toBe(404);
    const listed = conversationListSchema.parse(await (await admin.client.get('/api/conversations')).json());
    expect(listed.reportedMessages).toBeGreaterThanOrEqual(1);
    expect(conversationListSchema.parse(await (await mohammed!.client.get('/api/conversations')).json())).toMatchObject(
      { reportedMessages: null },
    );

    const queue = moderationQueueSchema.parse(await (await admin.client.get('/api/moderation/conversations')).json());
    const mine = queue.items.filter((item) => item.thread.id === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      post: { id: reported.id, author: { id: priya!.userId } },
      thread: { id, title: '' },
      flags: [{ reason: 'identifies_someone', note: 'Names a pupil', flaggedBy: { id: mohammed!.userId } }],
    });
    expect(JSON.stringify(queue)).not.toContain('Tuesday');

    const moderate = (body: object) => admin.client.send('POST', `/api/posts/${reported.id}/moderation`, body);
    expect((await moderate({ action: 'hide' })).status).toBe(400);
    // Only flagged messages are the admin's to act on: another message in the conversation answers 404.
    const [first] = await messages(priya!, id);
    const other = await admin.client.send('POST', `/api/posts/${first!.id}/moderation`, { action: 'dismiss' });
    expect(other.status).toBe(404);
    const hidden = await moderate({ action: 'hide', reason: 'Identifies a pupil' });
    expect(hidden.status).toBe(200);
    expect(postSchema.parse(await hidden.json())).toMatchObject({ state: 'hidden' });

    const seen = (await messages(mohammed!, id)).find((m) => m.id === reported.id);
    expect(seen).toMatchObject({ state: 'hidden', html: null });
    const own = (await messages(priya!, id)).find((m) => m.id === reported.id);
    expect(own).toMatchObject({ state: 'hidden', hiddenReason: 'Identifies a pupil' });
    const after = moderationQueueSchema.parse(await (await admin.client.get('/api/moderation/conversations')).json());
    expect(after.items.filter((item) => item.thread.id === id)).toEqual([]);
    const audited: { action: string }[] = await env.dataSource.query(
      `SELECT action FROM audit_events WHERE actor_user_id = $1 ORDER BY occurred_at`,
      [admin.userId],
    );
    expect(audited.map((a) => a.action)).toContain('moderation.post_hidden');
  });

  it('lets a platform admin dismiss a report; the message stays', async () => {
    const [priya, mohammed] = await colleagues(2);
    const admin = await signedInPerson(env.app, { platformRole: 'admin' });
    const { id } = await started(priya!, [mohammed!], 'See you at the hub');
    const [message] = await messages(mohammed!, id);
    await mohammed!.client.send('POST', `/api/posts/${message!.id}/flags`, { reason: 'off_topic' });
    const dismissed = await admin.client.send('POST', `/api/posts/${message!.id}/moderation`, { action: 'dismiss' });
    expect(dismissed.status).toBe(200);
    expect((await messages(mohammed!, id))[0]).toMatchObject({ state: 'visible' });
    // Dismissed, nothing is open: a second dismissal is no longer the admin's to make.
    const again = await admin.client.send('POST', `/api/posts/${message!.id}/moderation`, { action: 'dismiss' });
    expect(again.status).toBe(404);
  });

  it('holds a new member to the new-member limits on links', async () => {
    const [priya, mohammed] = await colleagues(2);
    const { id } = await started(priya!, [mohammed!]);
    const links = 'https://a.example.org https://b.example.org https://c.example.org';
    const response = await send(priya!, id, `Have a look: ${links}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('at most 2 links');
  });

  it('never appears in search or suggestions, even to its participants', async () => {
    const [priya, mohammed] = await colleagues(2);
    const word = uniqueWord('cv');
    await started(priya!, [mohammed!], `The ${word} plan is private`);
    for (const who of [priya!, mohammed!]) {
      const found = searchResultSchema.parse(await (await who.client.get(`/api/search?q=${word}`)).json());
      expect(found.items).toEqual([]);
      const suggested = suggestionsSchema.parse(await (await who.client.get(`/api/search/suggest?q=${word}`)).json());
      expect(JSON.stringify(suggested)).not.toContain(word);
    }
  });
});
