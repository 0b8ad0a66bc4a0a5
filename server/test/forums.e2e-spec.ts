import { randomUUID } from 'node:crypto';
import {
  categoryPageSchema,
  createdThreadSchema,
  forumCategorySchema,
  forumIndexSchema,
  moderationQueueSchema,
  postPageSchema,
  postRevisionListSchema,
  postSchema,
  reactionsResultSchema,
  threadDetailSchema,
  draftResultSchema,
} from '@commonroom/contracts';
import { OutboxDispatcher } from '../src/infrastructure/events/outbox.dispatcher';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

describe('forums: the discussion engine over HTTP', () => {
  const env = useAppAndDatabase();
  let facilitator: SignedInPerson;
  let member: SignedInPerson;
  let other: SignedInPerson;
  let outsider: SignedInPerson;

  // Fresh people for each test: posting limits count per person.
  beforeEach(async () => {
    [facilitator, member, other, outsider] = await Promise.all([
      signedInPerson(env.app),
      signedInPerson(env.app),
      signedInPerson(env.app),
      signedInPerson(env.app),
    ]);
  });

  const forum = (visibility: 'open' | 'hidden' = 'open', categories?: string[]) =>
    buildForum(env.dataSource, {
      visibility,
      categories,
      members: { [facilitator.userId]: 'facilitator', [member.userId]: 'member', [other.userId]: 'member' },
    });
  const detail = async (person: SignedInPerson, threadId: string) =>
    threadDetailSchema.parse(await (await person.client.get(`/api/threads/${threadId}`)).json());
  const page = async (person: SignedInPerson, threadId: string, query = '') =>
    postPageSchema.parse(await (await person.client.get(`/api/threads/${threadId}/posts${query}`)).json());

  it('facilitators shape the categories; members cannot; the index shows counts in their order', async () => {
    const { community } = await forum('open', []);
    const add = (person: SignedInPerson, name: string) =>
      person.client.send('POST', `/api/communities/${community.slug}/forum/categories`, {
        name,
        description: `About ${name}`,
      });
    expect((await add(member, 'Not allowed')).status).toBe(403);
    const first = forumCategorySchema.parse(await (await add(facilitator, 'Placements')).json());
    const second = forumCategorySchema.parse(await (await add(facilitator, 'Assessment')).json());
    expect(
      (
        await facilitator.client.send('PUT', `/api/communities/${community.slug}/forum/category-order`, {
          categoryIds: [second.id, first.id],
        })
      ).status,
    ).toBe(204);
    await startThread(member, community.slug, first.slug);

    const index = forumIndexSchema.parse(
      await (await member.client.get(`/api/communities/${community.slug}/forum`)).json(),
    );
    expect(index.categories.map((c) => [c.name, c.threadCount, c.postCount])).toEqual([
      ['Assessment', 0, 0],
      ['Placements', 1, 1],
    ]);
    expect(index.abilities).toEqual({ startThread: true, manageCategories: false, moderate: false });
    expect((await facilitator.client.send('DELETE', `/api/forum-categories/${first.id}`)).status).toBe(409);
    expect((await facilitator.client.send('DELETE', `/api/forum-categories/${second.id}`)).status).toBe(204);
  });

  it('a community created with the forum on starts with one category, added after commit', async () => {
    const created = await facilitator.client.send('POST', '/api/communities', {
      name: `Physics network ${randomUUID().slice(0, 6)}`,
      type: 'subject_network',
      visibility: 'open',
      tools: ['forum'],
    });
    const { slug } = (await created.json()) as { slug: string };
    await env.app.app.get(OutboxDispatcher).drain();
    const index = forumIndexSchema.parse(await (await facilitator.client.get(`/api/communities/${slug}/forum`)).json());
    expect(index.categories.map((c) => c.name)).toEqual(['General']);
    expect(index.abilities.manageCategories).toBe(true);
  });

  it('a hidden community’s forum, threads and posts answer 404 to outsiders on every route', async () => {
    const { community, category } = await forum('hidden');
    const threadId = await startThread(member, community.slug, category.slug);
    const postId = (await page(member, threadId)).items[0]!.id;
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/communities/${community.slug}/forum`],
      ['GET', `/api/communities/${community.slug}/forum/categories/${category.slug}`],
      [
        'POST',
        `/api/communities/${community.slug}/forum/categories/${category.slug}/threads`,
        { title: 'Sneaking in', raw: 'Hello' },
      ],
      ['GET', `/api/threads/${threadId}`],
      ['GET', `/api/threads/${threadId}/posts`],
      ['POST', `/api/threads/${threadId}/posts`, { raw: 'Hello' }],
      ['PUT', `/api/threads/${threadId}/read`, { number: 1 }],
      ['PUT', `/api/threads/${threadId}/watch`, { level: 'watching' }],
      ['GET', `/api/posts/${postId}`],
      ['GET', `/api/posts/${postId}/revisions`],
      ['PUT', `/api/posts/${postId}/reactions/agree`],
      ['POST', `/api/posts/${postId}/flags`, { reason: 'spam' }],
      ['PUT', `/api/forum-categories/${category.id}/watch`, { level: 'muted' }],
    ];
    for (const [method, path, body] of attempts) {
      const response =
        method === 'GET' ? await outsider.client.get(path) : await outsider.client.send(method as 'POST', path, body);
      expect({ path, method, status: response.status }).toEqual({ path, method, status: 404 });
    }
  });

  it('a retried or double-clicked submit creates one thread and one reply', async () => {
    const { community, category } = await forum();
    const key = randomUUID();
    const create = () =>
      member.client.send(
        'POST',
        `/api/communities/${community.slug}/forum/categories/${category.slug}/threads`,
        { title: 'Twice clicked', raw: 'Only once, please' },
        { headers: { 'idempotency-key': key } },
      );
    const [a, b] = await Promise.all([create(), create()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const [threadA, threadB] = [createdThreadSchema.parse(await a.json()), createdThreadSchema.parse(await b.json())];
    expect(threadA.id).toBe(threadB.id);
    expect((await create()).status).toBe(201);

    const replyKey = randomUUID();
    const replies = await Promise.all(
      [1, 2, 3].map(() => reply(other, threadA.id, 'Sent three times', { key: replyKey })),
    );
    expect(new Set(replies.map((p) => p.id)).size).toBe(1);
    const posts = await page(member, threadA.id);
    expect(posts.items.map((p) => p.number)).toEqual([1, 2]);
    const listing = categoryPageSchema.parse(
      await (await member.client.get(`/api/communities/${community.slug}/forum/categories/${category.slug}`)).json(),
    );
    expect(listing.threads.items.filter((t) => t.title === 'Twice clicked')).toHaveLength(1);
  });

  it('pages are ranges of post numbers, and `near` opens the page holding a post', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    await env.dataSource.query(
      `WITH t AS (UPDATE discussion_threads SET post_count = 45 WHERE id = $1 RETURNING id)
       INSERT INTO discussion_posts (thread_id, number, author_id, raw, html) SELECT $1, n, $2, 'Reply ' || n, '<p>Reply ' || n || '</p>' FROM t, generate_series(2, 45) n`,
      [threadId, other.userId],
    );
    const third = await page(member, threadId, '?page=3');
    expect(third).toMatchObject({ page: 3, pageCount: 3, total: 45 });
    expect(third.items.map((p) => p.number)).toEqual([41, 42, 43, 44, 45]);
    expect((await page(member, threadId, '?near=22')).items[0]!.number).toBe(21);
    expect((await page(member, threadId, '?page=99')).page).toBe(3);
  });

  it('tracks reading: unread counts, jump to first unread, and read marks never move back', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    expect((await detail(other, threadId)).unreadCount).toBeNull();
    await other.client.send('PUT', `/api/threads/${threadId}/read`, { number: 1 });
    await reply(member, threadId);
    await reply(member, threadId);
    const seen = await detail(other, threadId);
    expect(seen).toMatchObject({ unreadCount: 2, viewer: { lastReadNumber: 1 } });
    await other.client.send('PUT', `/api/threads/${threadId}/read`, { number: 3 });
    await other.client.send('PUT', `/api/threads/${threadId}/read`, { number: 2 });
    expect((await detail(other, threadId)).viewer.lastReadNumber).toBe(3);
    const index = forumIndexSchema.parse(
      await (await other.client.get(`/api/communities/${community.slug}/forum`)).json(),
    );
    expect(index.categories[0]!.unreadThreads).toBe(0);
  });

  it('watches threads people start or reply to, and records chosen levels', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    expect((await detail(member, threadId)).viewer.watchLevel).toBe('watching');
    expect((await detail(other, threadId)).viewer.watchLevel).toBe('normal');
    await other.client.send('PUT', `/api/forum-categories/${category.id}/watch`, { level: 'tracking' });
    expect((await detail(other, threadId)).viewer.watchLevel).toBe('tracking');
    await reply(other, threadId);
    expect((await detail(other, threadId)).viewer.watchLevel).toBe('watching');
    await other.client.send('PUT', `/api/threads/${threadId}/watch`, { level: 'muted' });
    expect((await detail(other, threadId)).viewer.watchLevel).toBe('muted');
    await reply(other, threadId);
    expect((await detail(other, threadId)).viewer.watchLevel).toBe('muted');
  });

  it('keeps every revision with word diffs, and refuses an edit based on a stale revision', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug, { raw: 'We meet every Tuesday.' });
    const post = (await page(member, threadId)).items[0]!;
    const edited = postSchema.parse(
      await (
        await member.client.send('PATCH', `/api/posts/${post.id}`, { raw: 'We meet every Thursday.', baseRevision: 1 })
      ).json(),
    );
    expect(edited.revision).toBe(2);
    expect(edited.html?.trim()).toBe('<p>We meet every Thursday.</p>');
    expect(edited.editedAt).not.toBeNull();
    expect(
      (await member.client.send('PATCH', `/api/posts/${post.id}`, { raw: 'Overwrite', baseRevision: 1 })).status,
    ).toBe(409);
    expect(
      (await other.client.send('PATCH', `/api/posts/${post.id}`, { raw: 'Not mine', baseRevision: 2 })).status,
    ).toBe(403);
    const history = postRevisionListSchema.parse(
      await (await other.client.get(`/api/posts/${post.id}/revisions`)).json(),
    );
    expect(history.items.map((r) => r.raw)).toEqual(['We meet every Tuesday.', 'We meet every Thursday.']);
    expect(history.items[1]!.diff.filter((d) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Tuesday' },
      { kind: 'added', text: 'Thursday' },
    ]);
  });

  it('deletes softly: the place stays, members see a placeholder, moderators see and restore the text', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const mine = await reply(other, threadId, 'I said something I regret');
    expect((await member.client.send('DELETE', `/api/posts/${mine.id}`)).status).toBe(403);
    expect((await other.client.send('DELETE', `/api/posts/${mine.id}`)).status).toBe(204);
    expect((await page(member, threadId)).items[1]).toMatchObject({ number: 2, state: 'deleted', html: null });
    const seenByModerator = (await page(facilitator, threadId)).items[1]!;
    expect([seenByModerator.state, seenByModerator.html?.trim()]).toEqual([
      'deleted',
      '<p>I said something I regret</p>',
    ]);
    expect((await other.client.send('POST', `/api/posts/${mine.id}/restore`)).status).toBe(403);
    expect(
      postSchema.parse(await (await facilitator.client.send('POST', `/api/posts/${mine.id}/restore`)).json()).state,
    ).toBe('visible');
    const opening = (await page(member, threadId)).items[0]!;
    expect((await member.client.send('DELETE', `/api/posts/${opening.id}`)).status).toBe(403);
  });

  it('counts each reaction once per person, and only members react', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const post = (await page(member, threadId)).items[0]!;
    const react = (person: SignedInPerson, method: 'PUT' | 'DELETE', reaction = 'thanks') =>
      person.client.send(method, `/api/posts/${post.id}/reactions/${reaction}`);
    await react(other, 'PUT');
    const twice = reactionsResultSchema.parse(await (await react(other, 'PUT')).json());
    const named = (...people: SignedInPerson[]) => people.map((p) => ({ id: p.userId, displayName: p.displayName }));
    expect(twice.reactions).toEqual([{ reaction: 'thanks', count: 1, mine: true, people: named(other) }]);
    await react(facilitator, 'PUT', 'agree');
    await react(facilitator, 'PUT');
    expect((await page(member, threadId)).items[0]!.reactions).toEqual([
      { reaction: 'agree', count: 1, mine: false, people: named(facilitator) },
      { reaction: 'thanks', count: 2, mine: false, people: named(other, facilitator) },
    ]);
    expect((await react(outsider, 'PUT')).status).toBe(403);
    expect((await outsider.client.send('PUT', `/api/posts/${post.id}/reactions/laugh`)).status).toBe(400);
    expect(reactionsResultSchema.parse(await (await react(other, 'DELETE')).json()).reactions).toEqual([
      { reaction: 'agree', count: 1, mine: false, people: named(facilitator) },
      { reaction: 'thanks', count: 1, mine: false, people: named(facilitator) },
    ]);
  });

  it('flags reach the facilitators’ queue; hiding removes the post for members and is audited', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const post = await reply(other, threadId, 'Something about a named pupil');
    expect((await other.client.send('POST', `/api/posts/${post.id}/flags`, { reason: 'spam' })).status).toBe(403);
    expect(
      (
        await member.client.send('POST', `/api/posts/${post.id}/flags`, {
          reason: 'identifies_someone',
          note: 'Names a child',
        })
      ).status,
    ).toBe(204);
    expect(
      (await outsider.client.send('POST', `/api/posts/${post.id}/flags`, { reason: 'inappropriate' })).status,
    ).toBe(204);
    expect((await member.client.get(`/api/communities/${community.slug}/moderation`)).status).toBe(403);
    const queue = moderationQueueSchema.parse(
      await (await facilitator.client.get(`/api/communities/${community.slug}/moderation`)).json(),
    );
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]!.flags.map((f) => f.reason).sort()).toEqual(['identifies_someone', 'inappropriate']);
    expect(
      forumIndexSchema.parse(await (await facilitator.client.get(`/api/communities/${community.slug}/forum`)).json())
        .openFlags,
    ).toBe(1);

    expect(
      (await member.client.send('POST', `/api/posts/${post.id}/moderation`, { action: 'hide', reason: 'Spam' })).status,
    ).toBe(403);
    const hidden = postSchema.parse(
      await (
        await facilitator.client.send('POST', `/api/posts/${post.id}/moderation`, {
          action: 'hide',
          reason: 'Names a pupil',
        })
      ).json(),
    );
    expect(hidden.state).toBe('hidden');
    expect((await page(member, threadId)).items[1]).toMatchObject({ state: 'hidden', html: null });
    expect(
      moderationQueueSchema.parse(
        await (await facilitator.client.get(`/api/communities/${community.slug}/moderation`)).json(),
      ).items,
    ).toHaveLength(0);
    const audit: { action: string; metadata: Record<string, unknown> }[] = await env.dataSource.query(
      `SELECT action, metadata FROM audit_events WHERE metadata->>'postId' = $1 ORDER BY occurred_at, id`,
      [post.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'moderation.post_flagged',
      'moderation.post_flagged',
      'moderation.post_hidden',
    ]);
    // The flagger's note is someone's words about a pupil: it never enters the audit log.
    expect(JSON.stringify(audit)).not.toContain('Names a child');
  });

  it('locks, pins and moves threads for moderators only, keeping category counts right', async () => {
    const { community, categories } = await forum('open', ['General', 'Archive']);
    const [general, archive] = categories as [{ id: string; slug: string }, { id: string; slug: string }];
    const threadId = await startThread(member, community.slug, general.slug);
    await reply(other, threadId);
    expect((await member.client.send('PATCH', `/api/threads/${threadId}`, { locked: true })).status).toBe(403);
    expect(
      (
        await facilitator.client.send('PATCH', `/api/threads/${threadId}`, {
          locked: true,
          pinned: true,
          categoryId: archive.id,
        })
      ).status,
    ).toBe(200);
    const replyWhileLocked = await other.client.send('POST', `/api/threads/${threadId}/posts`, { raw: 'Can I still?' });
    expect(replyWhileLocked.status).toBe(403);
    await reply(facilitator, threadId, 'Closing note from the facilitator');
    const index = forumIndexSchema.parse(
      await (await member.client.get(`/api/communities/${community.slug}/forum`)).json(),
    );
    expect(index.categories.map((c) => [c.slug, c.threadCount, c.postCount])).toEqual([
      [general.slug, 0, 0],
      [archive.slug, 1, 3],
    ]);
    expect(await detail(member, threadId)).toMatchObject({
      pinned: true,
      locked: true,
      category: { id: archive.id },
      viewer: { abilities: { reply: false } },
    });
  });

  it('the asker or a facilitator marks the answer; another member cannot; the opening post cannot answer itself', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const answer = await reply(other, threadId, 'Try a shared planning template.');
    const opening = (await page(member, threadId)).items[0]!;
    expect(
      (await other.client.send('PUT', `/api/threads/${threadId}/accepted-answer`, { postId: answer.id })).status,
    ).toBe(403);
    expect(
      (await member.client.send('PUT', `/api/threads/${threadId}/accepted-answer`, { postId: opening.id })).status,
    ).toBe(400);
    const accepted = threadDetailSchema.parse(
      await (await member.client.send('PUT', `/api/threads/${threadId}/accepted-answer`, { postId: answer.id })).json(),
    );
    expect(accepted).toMatchObject({ answered: true, acceptedPostId: answer.id });
  });

  it('keeps drafts per person and place, and a successful reply clears its draft', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const key = `reply:${threadId}`;
    expect(draftResultSchema.parse(await (await other.client.get(`/api/me/drafts/${key}`)).json()).draft).toBeNull();
    expect((await other.client.send('PUT', `/api/me/drafts/${key}`, { raw: 'Half a thought' })).status).toBe(200);
    expect(draftResultSchema.parse(await (await other.client.get(`/api/me/drafts/${key}`)).json()).draft).toMatchObject(
      { raw: 'Half a thought' },
    );
    expect(draftResultSchema.parse(await (await member.client.get(`/api/me/drafts/${key}`)).json()).draft).toBeNull();
    await reply(other, threadId, 'The whole thought');
    expect(draftResultSchema.parse(await (await other.client.get(`/api/me/drafts/${key}`)).json()).draft).toBeNull();
    expect((await other.client.get('/api/me/drafts/not-a-key')).status).toBe(400);
  });

  it('caps links and mentions for new members until they have a few posts, and records mentions', async () => {
    const { community, category } = await forum();
    const newcomer = await signedInPerson(env.app);
    await env.dataSource.query(
      `INSERT INTO community_members (community_id, user_id, role) VALUES ($1, $2, 'member')`,
      [community.id, newcomer.userId],
    );
    const threadId = await startThread(member, community.slug, category.slug);
    const links = 'See https://a.example.org, https://b.example.org and https://c.example.org';
    const refused = await newcomer.client.send('POST', `/api/threads/${threadId}/posts`, { raw: links });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('at most 2 links');
    for (let i = 0; i < 3; i++) await reply(newcomer, threadId, `Ordinary reply ${i}`);
    expect((await newcomer.client.send('POST', `/api/threads/${threadId}/posts`, { raw: links })).status).toBe(201);

    const mention = await reply(newcomer, threadId, `Thanks @[${member.displayName}](mention:${member.userId})`);
    expect(mention.html).toContain(`data-user-id="${member.userId}"`);
    const recorded: { user_id: string }[] = await env.dataSource.query(
      'SELECT user_id FROM post_mentions WHERE post_id = $1',
      [mention.id],
    );
    expect(recorded.map((r) => r.user_id)).toEqual([member.userId]);
  });

  it('shows a mention as the mentioned person’s current name, whatever label was typed, when posting, editing and previewing', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const nobody = randomUUID();
    const spoofed = `As @[Tom Hughes (facilitator)](mention:${member.userId}) said, ask @[Head of School](mention:${nobody}).`;
    const posted = await reply(other, threadId, spoofed);
    const storedHtml = async (postId: string) =>
      (
        (await env.dataSource.query('SELECT html FROM discussion_posts WHERE id = $1', [postId])) as { html: string }[]
      )[0]!.html;
    const expected = `<a class="mention" href="/people/${member.userId}" data-user-id="${member.userId}" rel="nofollow ugc noopener">@${member.displayName}</a>`;

    const html = await storedHtml(posted.id);
    expect(html).toContain(expected);
    expect(html).not.toContain('Tom Hughes');
    // An id that names nobody stays its label, as plain text.
    expect(html).toContain('ask @Head of School.');
    expect(html).not.toContain(nobody);
    expect(posted.html).toBe(html);
    const recorded: { user_id: string }[] = await env.dataSource.query(
      'SELECT user_id FROM post_mentions WHERE post_id = $1',
      [posted.id],
    );
    expect(recorded.map((r) => r.user_id)).toEqual([member.userId]);

    const edited = await other.client.send('PATCH', `/api/posts/${posted.id}`, {
      raw: `Edited: @[Tom Hughes (facilitator)](mention:${facilitator.userId})`,
      baseRevision: 1,
    });
    expect(edited.status).toBe(200);
    expect(await storedHtml(posted.id)).toContain(`>@${facilitator.displayName}</a>`);
    expect(await storedHtml(posted.id)).not.toContain('Tom Hughes');

    const preview = (await (await other.client.send('POST', '/api/markdown/preview', { raw: spoofed })).json()) as {
      html: string;
    };
    expect(preview.html).toBe(html);
  });

  it('records live events only for real changes: a reply tells the community, repeats tell nobody', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    const post = await reply(other, threadId, 'Worth telling the community');
    const events = async (stream: string) =>
      (await env.dataSource.query('SELECT type, payload FROM stream_events WHERE stream = $1 ORDER BY seq', [
        stream,
      ])) as { type: string; payload: Record<string, unknown> }[];
    const activity = await events(`community:${community.id}`);
    expect(activity.map((e) => [e.type, e.payload.threadId, e.payload.postCount])).toEqual([
      ['forum.thread_activity', threadId, 1],
      ['forum.thread_activity', threadId, 2],
    ]);

    const hide = { action: 'hide', reason: 'Off topic' };
    await facilitator.client.send('POST', `/api/posts/${post.id}/moderation`, hide);
    await facilitator.client.send('POST', `/api/posts/${post.id}/moderation`, hide);
    await member.client.send('DELETE', `/api/posts/${post.id}/reactions/thanks`);
    expect(
      (await facilitator.client.send('POST', `/api/posts/${post.id}/moderation`, { action: 'dismiss' })).status,
    ).toBe(409);
    await facilitator.client.send('POST', `/api/posts/${post.id}/restore`);
    await facilitator.client.send('POST', `/api/posts/${post.id}/restore`);
    // The opening post goes through the same write path as the reply, so it is on the thread's stream too.
    const threadEvents = await events(`thread:${threadId}`);
    expect(threadEvents.map((e) => e.type)).toEqual(['post.created', 'post.created', 'post.removed', 'post.restored']);
    expect(threadEvents.slice(0, 2).map((e) => (e.payload.post as { number: number }).number)).toEqual([1, 2]);
  });

  it('reading an open forum needs no membership, but writing does', async () => {
    const { community, category } = await forum();
    const threadId = await startThread(member, community.slug, category.slug);
    expect((await outsider.client.get(`/api/threads/${threadId}/posts`)).status).toBe(200);
    expect((await detail(outsider, threadId)).viewer.abilities).toMatchObject({
      reply: false,
      react: false,
      flag: true,
      moderate: false,
    });
    expect((await outsider.client.send('POST', `/api/threads/${threadId}/posts`, { raw: 'Hello' })).status).toBe(403);
    expect(
      (
        await outsider.client.send(
          'POST',
          `/api/communities/${community.slug}/forum/categories/${category.slug}/threads`,
          { title: 'Hello there', raw: 'Hi' },
        )
      ).status,
    ).toBe(403);
  });
});
