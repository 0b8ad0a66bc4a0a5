import { postPageSchema } from '@commonroom/contracts';
import { SearchDocumentSource } from '../src/modules/search/meilisearch/documents';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { buildOrganisation } from './factories/organisation.factory';
import { buildProfile } from './factories/profile.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

/**
 * What feeds an external search engine: the outbox events forum changes record, and the
 * documents built from PostgreSQL when those events are handled. Runs without Meilisearch.
 */
describe('search documents and the events that keep them current', () => {
  const env = useAppAndDatabase();
  let facilitator: SignedInPerson;
  let member: SignedInPerson;
  let source: SearchDocumentSource;

  beforeAll(async () => {
    [facilitator, member] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    source = new SearchDocumentSource(env.dataSource);
  });

  // The events search re-reads documents on (notifications has its own, such as `discussion.post_published`).
  const eventsOf = async (threadId: string): Promise<[string, string | null][]> => {
    const rows: { type: string; post_id: string | null }[] = await env.dataSource.query(
      `SELECT type, payload->>'postId' AS post_id FROM outbox_events
        WHERE payload->>'threadId' = $1 AND type IN ('discussion.post_changed', 'discussion.thread_changed') ORDER BY id`,
      [threadId],
    );
    return rows.map((r) => [r.type, r.post_id]);
  };

  it('records an event for each post written, edited, hidden or restored, and for title and deletion; documents hold only what may be found', async () => {
    const { community, category } = await buildForum(env.dataSource, {
      members: { [facilitator.userId]: 'facilitator', [member.userId]: 'member' },
    });
    const threadId = await startThread(member, community.slug, category.slug, {
      title: 'Planning placements',
      raw: 'Opening <b>words</b>',
      tags: ['placements'],
    });
    const first = await reply(member, threadId, 'A reply about mentoring');
    const second = await reply(member, threadId, 'A reply to hide');
    const opening = postPageSchema.parse(await (await member.client.get(`/api/threads/${threadId}/posts`)).json())
      .items[0]!;
    expect(
      (
        await member.client.send('PATCH', `/api/posts/${first.id}`, {
          raw: 'An edited reply about mentoring',
          baseRevision: 1,
        })
      ).status,
    ).toBe(200);
    expect(
      (await facilitator.client.send('POST', `/api/posts/${second.id}/moderation`, { action: 'hide', reason: 'Spam' }))
        .status,
    ).toBe(200);
    // Pinning changes nothing a search engine holds: no event.
    expect((await facilitator.client.send('PATCH', `/api/threads/${threadId}`, { pinned: true })).status).toBe(200);
    expect(
      (await member.client.send('PATCH', `/api/threads/${threadId}`, { title: 'Planning the first placement' })).status,
    ).toBe(200);

    expect(await eventsOf(threadId)).toEqual([
      ['discussion.post_changed', opening.id],
      ['discussion.post_changed', first.id],
      ['discussion.post_changed', second.id],
      ['discussion.post_changed', first.id],
      ['discussion.post_changed', second.id],
      ['discussion.thread_changed', null],
    ]);
    const documents = await source.byIds('forum_post', [opening.id, first.id, second.id]);
    expect(documents.sort((a, b) => (a.id === opening.id ? -1 : b.id === opening.id ? 1 : 0))).toEqual([
      {
        id: opening.id,
        threadId,
        communityId: community.id,
        threadTitle: 'Planning the first placement',
        tags: ['placements'],
        body: 'Opening <b>words</b>',
        createdAt: expect.any(Number),
      },
      // Replies carry no title, so a title match finds the thread once.
      {
        id: first.id,
        threadId,
        communityId: community.id,
        threadTitle: '',
        tags: [],
        body: 'An edited reply about mentoring',
        createdAt: expect.any(Number),
      },
    ]);

    expect(
      (await facilitator.client.send('POST', `/api/posts/${second.id}/moderation`, { action: 'restore' })).status,
    ).toBe(200);
    expect((await facilitator.client.send('DELETE', `/api/threads/${threadId}`)).status).toBe(204);
    expect((await eventsOf(threadId)).slice(-2)).toEqual([
      ['discussion.post_changed', second.id],
      ['discussion.thread_changed', null],
    ]);
    // A deleted thread's posts are no longer indexable: sync deletes them from the engine.
    expect(await source.byIds('forum_post', [opening.id, first.id, second.id])).toEqual([]);
  });

  it('gives people only their member-visible search document, and only when listed', async () => {
    const [listed, empty] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    await buildProfile(env.dataSource, listed.userId, {
      headline: 'Physics lead',
      bio: 'Mentors early-career teachers',
      contactEmail: 'private@example.org',
      contactPhone: '01234 567890',
    });
    const documents = await source.byIds('person', [listed.userId, empty.userId]);
    expect(documents.map((d) => d.id)).toEqual([listed.userId]);
    expect(Object.keys(documents[0]!).sort()).toEqual(['body', 'facets', 'headline', 'id', 'name']);
    expect(JSON.stringify(documents)).not.toMatch(/private@example\.org|01234/);
  });

  it('leaves closed organisations out, and strips highlight markers from what people wrote', async () => {
    const [open, closed] = await Promise.all([
      buildOrganisation(env.dataSource, { name: 'Fenmoor \uE000Academy\uE001' }),
      buildOrganisation(env.dataSource, { closedOn: '2020-08-31' }),
    ]);
    expect(await source.byIds('organisation', [open.id, closed.id])).toEqual([
      { id: open.id, name: 'Fenmoor Academy', kind: 'school', localAuthority: 'Fenmoor', establishmentType: null },
    ]);
  });

  it('reads every document of a kind in id order, a batch at a time', async () => {
    const ids = (await Promise.all([1, 2, 3].map(() => buildOrganisation(env.dataSource)))).map((o) => o.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    for await (const batch of source.all('organisation', 2)) {
      sizes.push(batch.length);
      seen.push(...batch.map((d) => d.id));
    }
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(sizes.slice(0, -1).every((n) => n === 2)).toBe(true);
  });
});
