import type { SearchDocumentKind } from '../search-engine';
import type { SearchDocument } from './documents';
import { INDEX_SETTINGS } from './index-settings';
import type { DocumentSource } from './meilisearch-indexer';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { MeilisearchReplay } from '../../../../test/support/meilisearch-replay';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const NOW = new Date('2025-11-04T12:00:00Z');
const NOW_S = NOW.getTime() / 1000;
/** People documents are member-visible, so what the searcher may read changes nothing sent for people. */
const NO_SCOPE = { readableCommunityIds: { forum: [] }, visibleCommunityIds: [] };

/** A search result as Meilisearch returns it inside `/multi-search` (v1.x), `page` form. */
function result(indexUid: string, hits: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    indexUid,
    hits,
    query: 'physics',
    processingTimeMs: 1,
    limit: 20,
    offset: 0,
    estimatedTotalHits: hits.length,
    facetDistribution: {},
    facetStats: {},
    ...extra,
  };
}

/** Documents PostgreSQL would return, per kind and id. */
class FakeSource implements DocumentSource {
  constructor(readonly rows: Partial<Record<SearchDocumentKind, SearchDocument[]>>) {}
  async byIds(kind: SearchDocumentKind, ids: string[]) {
    return (this.rows[kind] ?? []).filter((d) => ids.includes(d.id));
  }
  async *all(kind: SearchDocumentKind, size: number) {
    const rows = this.rows[kind] ?? [];
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
  }
}

describe('MeilisearchSearchEngine over recorded HTTP exchanges', () => {
  const meili = new MeilisearchReplay();
  let url: string;
  beforeAll(async () => (url = await meili.start()));
  afterAll(() => meili.stop());
  beforeEach(() => {
    meili.requests.length = 0;
    meili.taskStatus = 'succeeded';
  });
  const engine = (source: DocumentSource = new FakeSource({})) =>
    new MeilisearchSearchEngine({ url, apiKey: 'search-key', now: () => NOW }, source);

  it('asks for people with every facet filter, plus one count per selected facet without its own filter', async () => {
    meili.searches.push({
      results: [
        result(
          'people',
          [
            {
              id: A,
              _formatted: {
                id: A,
                headline: '\uE000Physics\uE001 lead <b>& mentor</b>',
                body: 'Teaches \uE000physics\uE001',
              },
            },
          ],
          {
            hitsPerPage: 20,
            page: 2,
            totalPages: 3,
            totalHits: 41,
            estimatedTotalHits: undefined,
            facetDistribution: {
              facets: { 'subject:physics': 41, 'phase:secondary': 41, 'la:873': 30, 'la:940': 11, bogus: 2 },
            },
          },
        ),
        // Phases counted among physics teachers, then subjects among secondary and primary teachers.
        result('people', [], {
          limit: 0,
          estimatedTotalHits: 60,
          facetDistribution: { facets: { 'subject:physics': 60, 'phase:secondary': 44, 'phase:primary': 16 } },
        }),
        result('people', [], {
          limit: 0,
          estimatedTotalHits: 50,
          facetDistribution: { facets: { 'subject:physics': 50, 'subject:chemistry': 19, 'phase:secondary': 41 } },
        }),
      ],
    });

    const filters = { subject: ['physics'], phase: ['secondary', 'primary'] };
    const hits = await engine().people({ text: 'physics', ...NO_SCOPE, filters, offset: 20, limit: 20 });

    const [sent] = meili.requests;
    expect(sent).toMatchObject({
      method: 'POST',
      path: '/multi-search',
      headers: expect.objectContaining({ authorization: 'Bearer search-key' }),
    });
    const queries = (sent!.body as { queries: Record<string, unknown>[] }).queries;
    expect(queries).toEqual([
      expect.objectContaining({
        indexUid: 'people',
        q: 'physics',
        page: 2,
        hitsPerPage: 20,
        facets: ['facets'],
        attributesToRetrieve: ['id'],
        filter: ['facets IN ["phase:secondary", "phase:primary"]', 'facets IN ["subject:physics"]'],
        highlightPreTag: '\uE000',
        highlightPostTag: '\uE001',
      }),
      { indexUid: 'people', q: 'physics', facets: ['facets'], limit: 0, filter: ['facets IN ["subject:physics"]'] },
      {
        indexUid: 'people',
        q: 'physics',
        facets: ['facets'],
        limit: 0,
        filter: ['facets IN ["phase:secondary", "phase:primary"]'],
      },
    ]);
    expect(hits).toEqual({
      hits: [{ userId: A, highlight: '<mark>Physics</mark> lead &lt;b&gt;&amp; mentor&lt;/b&gt;' }],
      total: 41,
      // Each selected facet counted without its own filter; the others with every filter.
      facets: {
        localAuthority: { '873': 30, '940': 11 },
        phase: { secondary: 44, primary: 16 },
        subject: { physics: 50, chemistry: 19 },
      },
      correctedText: null,
    });
  });

  it('lists everyone by name when nothing is typed, and gives no highlight without a match', async () => {
    meili.searches.push({
      results: [
        result('people', [{ id: B, _formatted: { id: B, headline: 'Head of science', body: '' } }], {
          hitsPerPage: 20,
          page: 1,
          totalHits: 1,
        }),
      ],
    });
    const hits = await engine().people({ text: '', ...NO_SCOPE, filters: {}, offset: 0, limit: 20 });
    expect((meili.requests[0]!.body as { queries: unknown[] }).queries).toEqual([
      expect.objectContaining({ q: '', sort: ['name:asc'] }),
    ]);
    expect(hits.hits).toEqual([{ userId: B, highlight: null }]);
  });

  it('keeps content to the communities the searcher may read and merges kinds by ranking score', async () => {
    meili.searches.push({
      results: [
        result('organisations', [
          { id: A, _rankingScore: 0.61, _formatted: { id: A, name: '\uE000Physics\uE001 Hub' } },
        ]),
        result('communities', [
          {
            id: B,
            _rankingScore: 0.95,
            _formatted: { id: B, name: 'Mentors', description: 'All about \uE000physics\uE001' },
          },
        ]),
        result(
          'forum_posts',
          [
            {
              id: C,
              _rankingScore: 0.8,
              _formatted: { id: C, body: '…<img src=x onerror=alert(1)> \uE000physics\uE001…', threadTitle: '' },
            },
          ],
          {
            estimatedTotalHits: 1000,
            facetDistribution: { communityId: { [A]: 600, [B]: 400 } },
          },
        ),
        result('forum_posts', [], { limit: 0, estimatedTotalHits: 3 }),
        result('forum_posts', [], { limit: 0, estimatedTotalHits: 0 }),
        result('forum_posts', [], { limit: 0, estimatedTotalHits: 250 }),
      ],
    });

    const hits = await engine().content({
      text: 'physics',
      types: ['community', 'forum_post', 'organisation'],
      readableCommunityIds: { forum: [A, B] },
      visibleCommunityIds: [B, C],
      offset: 0,
      limit: 20,
    });

    const queries = (meili.requests[0]!.body as { queries: Record<string, unknown>[] }).queries;
    const readable = `communityId IN ["${A}", "${B}"]`;
    expect(queries.map((q) => [q.indexUid, q.filter, q.limit])).toEqual([
      ['organisations', undefined, 20],
      ['communities', [`id IN ["${B}", "${C}"]`], 20],
      ['forum_posts', [readable], 20],
      ['forum_posts', [readable, `createdAt >= ${NOW_S - 7 * 86_400}`], 0],
      ['forum_posts', [readable, `createdAt >= ${NOW_S - 31 * 86_400}`], 0],
      ['forum_posts', [readable, `createdAt >= ${NOW_S - 366 * 86_400}`], 0],
    ]);
    expect(queries[2]).toMatchObject({
      facets: ['communityId'],
      showRankingScore: true,
      highlightPreTag: '\uE000',
      attributesToCrop: ['body'],
    });
    expect(hits).toEqual({
      hits: [
        { type: 'community', id: B, highlight: 'All about <mark>physics</mark>' },
        { type: 'forum_post', id: C, highlight: '…&lt;img src=x onerror=alert(1)&gt; <mark>physics</mark>…' },
        { type: 'organisation', id: A, highlight: '<mark>Physics</mark> Hub' },
      ],
      total: 1002,
      totalIsLowerBound: true,
      facets: {
        type: { organisation: 1, community: 1, forum_post: 1000 },
        community: { [A]: 600, [B]: 400 },
        date: { week: 3, year: 250 },
      },
      correctedText: null,
    });
  });

  it('narrowed to one community and a date, asks only for posts there, counting the kinds it does not return', async () => {
    meili.searches.push({
      results: [
        result('forum_posts', [], { limit: 0, estimatedTotalHits: 4, facetDistribution: { communityId: { [A]: 4 } } }),
        ...[4, 4, 4].map((n) => result('forum_posts', [], { limit: 0, estimatedTotalHits: n })),
      ],
    });
    const hits = await engine().content({
      text: 'physics',
      types: ['community'],
      communityId: A,
      date: 'month',
      readableCommunityIds: { forum: [A, B] },
      visibleCommunityIds: [A, C],
      offset: 0,
      limit: 20,
    });
    const queries = (meili.requests[0]!.body as { queries: Record<string, unknown>[] }).queries;
    const month = `createdAt >= ${NOW_S - 31 * 86_400}`;
    expect(queries[0]).toEqual({
      indexUid: 'forum_posts',
      q: 'physics',
      filter: [`communityId IN ["${A}"]`, month],
      limit: 0,
      facets: ['communityId'],
    });
    expect(queries).toHaveLength(4);
    expect(hits).toEqual({
      hits: [],
      total: 0,
      totalIsLowerBound: false,
      facets: {
        type: { organisation: 0, community: 0, forum_post: 4 },
        community: { [A]: 4 },
        date: { week: 4, month: 4, year: 4 },
      },
      correctedText: null,
    });
  });

  it('sends nothing when the searcher can reach nothing the request allows', async () => {
    const hits = await engine().content({
      text: 'physics',
      communityId: C,
      readableCommunityIds: { forum: [A] },
      visibleCommunityIds: [A, C],
      offset: 0,
      limit: 20,
    });
    // Narrowed to a community whose forum they cannot read: no posts, and narrowing leaves no other kind.
    expect(meili.requests).toEqual([]);
    expect(hits).toMatchObject({
      hits: [],
      total: 0,
      facets: { type: { organisation: 0, community: 0, forum_post: 0 }, community: {}, date: {} },
    });
  });

  it('suggests threads by title, from posts of readable communities only', async () => {
    meili.searches.push({
      results: [
        result('people', [{ id: A }]),
        result('organisations', []),
        result('communities', [{ id: B }]),
        result('forum_posts', [{ threadId: C }, { threadId: A }]),
      ],
    });
    const hits = await engine().suggest({
      text: 'phys',
      readableCommunityIds: { forum: [B] },
      visibleCommunityIds: [B],
      limitPerKind: 5,
    });
    const queries = (meili.requests[0]!.body as { queries: Record<string, unknown>[] }).queries;
    expect(queries[3]).toMatchObject({
      indexUid: 'forum_posts',
      limit: 5,
      filter: `communityId IN ["${B}"]`,
      attributesToSearchOn: ['threadTitle', 'tags'],
    });
    expect(hits).toEqual({ people: [A], organisations: [], communities: [B], threads: [C, A] });
  });

  it('syncs: upserts what PostgreSQL still indexes, deletes the rest, and waits for both tasks', async () => {
    const post = {
      id: A,
      threadId: B,
      communityId: C,
      threadTitle: 'Mentoring',
      tags: ['physics'],
      body: 'Hello',
      createdAt: NOW_S,
    };
    await engine(new FakeSource({ forum_post: [post] })).sync({ forum_post: [A, B, A] });
    expect(meili.writes().map((r) => [r.method, r.path, r.query, r.body])).toEqual([
      ['POST', '/indexes/forum_posts/documents', { primaryKey: 'id' }, [post]],
      ['POST', '/indexes/forum_posts/documents/delete-batch', {}, [B]],
    ]);
  });

  it('fails a sync loudly when Meilisearch could not apply it, so the outbox delivers the event again', async () => {
    meili.taskStatus = 'failed';
    await expect(
      engine(new FakeSource({ community: [{ id: A, name: 'Mentors', type: 'network', description: null }] })).sync({
        community: [A],
      }),
    ).rejects.toThrow(/Meilisearch task \d+ \(documentAdditionOrUpdate\) failed: missing_document_id/);
  });

  it('reindexes: settings from code, every document in batches with progress, then prunes what is gone', async () => {
    const people = Array.from({ length: 1001 }, (_, i) => ({
      id: `p${i}`,
      name: `person ${i}`,
      headline: '',
      body: '',
      facets: [],
    }));
    meili.documentPages.push({
      results: [{ id: 'p0' }, { id: 'gone-1' }, { id: 'gone-2' }],
      offset: 0,
      limit: 1000,
      total: 3,
    });
    const progress: [SearchDocumentKind, number][] = [];

    const counts = await engine(new FakeSource({ person: people })).reindex((kind, done) =>
      progress.push([kind, done]),
    );

    expect(counts).toEqual({ person: 1001, organisation: 0, community: 0, forum_post: 0 });
    expect(progress).toEqual([
      ['person', 1000],
      ['person', 1001],
    ]);
    const writes = meili.writes().map((r) => [r.method, r.path]);
    expect(writes).toEqual([
      ['PATCH', '/indexes/people/settings'],
      ['POST', '/indexes/people/documents'],
      ['POST', '/indexes/people/documents'],
      ['POST', '/indexes/people/documents/delete-batch'],
      ['PATCH', '/indexes/organisations/settings'],
      ['PATCH', '/indexes/communities/settings'],
      ['PATCH', '/indexes/forum_posts/settings'],
    ]);
    expect(meili.writes()[0]!.body).toEqual(INDEX_SETTINGS.person);
    expect(meili.writes()[0]!.body).toMatchObject({
      searchableAttributes: ['name', 'headline', 'body'],
      filterableAttributes: ['facets'],
      typoTolerance: { enabled: true },
    });
    expect(meili.writes()[6]!.body).toMatchObject({
      searchableAttributes: ['threadTitle', 'tags', 'body'],
      filterableAttributes: ['communityId', 'threadId', 'createdAt'],
    });
    expect(meili.writes()[3]!.body).toEqual(['gone-1', 'gone-2']);
    expect((meili.writes()[2]!.body as unknown[]).length).toBe(1);
  });
});
