import { PEOPLE_FACETS, SEARCH_DATE_RANGES, type PeopleFacet, type SearchDateRange } from '@commonroom/contracts';
import { Meilisearch, type MultiSearchQuery, type SearchResponse } from 'meilisearch';
import { facetToken, parseFacetToken } from '../../profiles';
import type {
  ContentHit,
  ContentSearchHits,
  ContentSearchRequest,
  PeopleSearchHits,
  PeopleSearchRequest,
  SearchChanges,
  SearchDocumentKind,
  SearchEngine,
  SuggestHits,
  SuggestRequest,
} from '../search-engine';
import { CONTENT_COUNT_CAP, INDEX_UID } from './index-settings';
import { MeilisearchIndexer, type DocumentSource } from './meilisearch-indexer';
import { HIGHLIGHT, highlightOf, oneOf, only, totalOf, window } from './query-parts';

export interface MeilisearchOptions {
  url: string;
  apiKey?: string;
  /** The clock for date facets (tests pin it). */
  now?: () => Date;
}

type ContentKind = ContentHit['type'];
const CONTENT_KINDS: ContentKind[] = ['organisation', 'community', 'forum_post'];
/** Which formatted attributes make a hit's highlight, best first. */
const HIGHLIGHTED: Record<SearchDocumentKind, string[]> = {
  person: ['headline', 'body'],
  organisation: ['name', 'localAuthority', 'establishmentType'],
  community: ['name', 'description'],
  forum_post: ['body', 'threadTitle'],
};

/**
 * Search through Meilisearch (used when `MEILI_URL` is set). Typo tolerance, ranking and
 * facet counts are Meilisearch's; what the searcher may read is sent as filters built from the
 * request, and `SearchService` re-checks every hit against PostgreSQL anyway. Highlights come
 * back with private-use markers and are HTML-escaped before the markers become `<mark>`.
 */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly name = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly indexer: MeilisearchIndexer;
  private readonly now: () => Date;

  constructor(options: MeilisearchOptions, source: DocumentSource) {
    this.client = new Meilisearch({ host: options.url, apiKey: options.apiKey, timeout: 10_000 });
    this.indexer = new MeilisearchIndexer(this.client, source);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Disjunctive faceting in one multi-search: the page with every filter, plus one count-only
   * query per selected facet without that facet's own filter, so choosing "physics" still shows
   * how many teach chemistry.
   */
  async people(request: PeopleSearchRequest): Promise<PeopleSearchHits> {
    const selected = PEOPLE_FACETS.filter((facet) => (request.filters[facet]?.length ?? 0) > 0);
    const filter = (except?: PeopleFacet) =>
      selected
        .filter((f) => f !== except)
        .map((f) =>
          oneOf(
            'facets',
            request.filters[f]!.map((v) => facetToken(f, v)),
          ),
        );
    const base = { indexUid: INDEX_UID.person, q: request.text, facets: ['facets'] };
    const queries: MultiSearchQuery[] = [
      {
        ...base,
        ...only(filter()),
        ...window(request.offset, request.limit),
        attributesToRetrieve: ['id'],
        attributesToHighlight: HIGHLIGHTED.person,
        attributesToCrop: ['body'],
        ...HIGHLIGHT,
        // With nothing typed everyone matches equally: list them by name.
        ...(request.text === '' ? { sort: ['name:asc'] } : {}),
      },
      ...selected.map((facet) => ({ ...base, ...only(filter(facet)), limit: 0 })),
    ];
    const [page, ...others] = await this.multi<{ id: string }>(queries);
    const facets: PeopleSearchHits['facets'] = {};
    const count = (distribution: Record<string, number> | undefined, only?: PeopleFacet) => {
      for (const [token, n] of Object.entries(distribution ?? {})) {
        const parsed = parseFacetToken(token);
        if (!parsed || (only && parsed.facet !== only) || (!only && selected.includes(parsed.facet))) continue;
        (facets[parsed.facet] ??= {})[parsed.value] = n;
      }
    };
    count(page!.facetDistribution?.facets);
    selected.forEach((facet, i) => count(others[i]!.facetDistribution?.facets, facet));
    return {
      hits: page!.hits.map((hit) => ({ userId: hit.id, highlight: highlightOf(hit._formatted, HIGHLIGHTED.person) })),
      total: totalOf(page!),
      facets,
      correctedText: null,
    };
  }

  /**
   * One multi-search: per content kind the page (or a count only, when the kind is not wanted;
   * posts also count per community), and a count of posts per date range. Counts follow the
   * PostgreSQL adapter: every facet is counted with every filter applied, and `type` counts every
   * kind whether it is selected or not. Hits of several kinds are merged by ranking score.
   */
  async content(request: ContentSearchRequest): Promise<ContentSearchHits> {
    const wanted = CONTENT_KINDS.filter((kind) => !request.types || request.types.includes(kind));
    const scope = this.scopes(request);
    const kinds = CONTENT_KINDS.filter((kind) => scope[kind] !== undefined);
    const queries = kinds.map((kind) => {
      const query = this.contentQuery(
        kind,
        request.text,
        [...scope[kind]!, ...this.dateFilter(kind, request.date)],
        wanted.includes(kind) ? request.offset + request.limit : 0,
      );
      return kind === 'forum_post' ? { ...query, facets: ['communityId'] } : query;
    });
    const dates = scope.forum_post
      ? SEARCH_DATE_RANGES.map((range) => ({
          range: range.id,
          at:
            queries.push(
              this.countQuery('forum_post', request.text, [
                ...scope.forum_post!,
                ...this.dateFilter('forum_post', request.date),
                this.since(range.days),
              ]),
            ) - 1,
        }))
      : [];
    const results = queries.length > 0 ? await this.multi<{ id: string }>(queries) : [];
    const type: Record<string, number> = { organisation: 0, community: 0, forum_post: 0 };
    const community: Record<string, number> = {};
    const hits: (ContentHit & { score: number })[] = [];
    let total = 0;
    let totalIsLowerBound = false;
    kinds.forEach((kind, i) => {
      const result = results[i]!;
      const counted = totalOf(result);
      type[kind] = Math.min(counted, CONTENT_COUNT_CAP);
      if (kind === 'forum_post') Object.assign(community, result.facetDistribution?.communityId);
      if (!wanted.includes(kind)) return;
      total += type[kind];
      totalIsLowerBound ||= counted >= CONTENT_COUNT_CAP;
      for (const hit of result.hits)
        hits.push({
          type: kind,
          id: hit.id,
          highlight: highlightOf(hit._formatted, HIGHLIGHTED[kind]),
          score: hit._rankingScore ?? 0,
        });
    });
    const date = Object.fromEntries(
      dates.map(({ range, at }) => [range, totalOf(results[at]!)]).filter(([, n]) => n !== 0),
    );
    // A stable sort keeps each kind's own order among equal scores.
    hits.sort((a, b) => b.score - a.score);
    return {
      hits: hits.slice(request.offset, request.offset + request.limit).map(({ score: _score, ...hit }) => hit),
      total,
      totalIsLowerBound,
      facets: { type, community, date },
      correctedText: null,
    };
  }

  /** A few of each kind, as the searcher types (Meilisearch matches the last word as a prefix). */
  async suggest(request: SuggestRequest): Promise<SuggestHits> {
    const n = request.limitPerKind;
    const queries: MultiSearchQuery[] = [
      { indexUid: INDEX_UID.person, q: request.text, limit: n, attributesToRetrieve: ['id'] },
      {
        indexUid: INDEX_UID.organisation,
        q: request.text,
        limit: n,
        attributesToRetrieve: ['id'],
        attributesToSearchOn: ['name'],
      },
    ];
    if (request.visibleCommunityIds.length > 0)
      queries.push({
        indexUid: INDEX_UID.community,
        q: request.text,
        limit: n,
        attributesToRetrieve: ['id'],
        attributesToSearchOn: ['name'],
        filter: oneOf('id', request.visibleCommunityIds),
      });
    if (request.readableCommunityIds.forum.length > 0) {
      // Only a thread's opening post carries its title and tags, so each hit is a different thread. Title and tags,
      // as the results page searches them (and the PostgreSQL adapter suggests them): what is suggested is found.
      queries.push({
        indexUid: INDEX_UID.forum_post,
        q: request.text,
        limit: n,
        attributesToRetrieve: ['threadId'],
        attributesToSearchOn: ['threadTitle', 'tags'],
        filter: oneOf('communityId', request.readableCommunityIds.forum),
      });
    }
    const [people, organisations, ...rest] = await this.multi<{ id: string; threadId: string }>(queries);
    const communities = request.visibleCommunityIds.length > 0 ? rest.shift() : undefined;
    const posts = rest.shift();
    return {
      people: people!.hits.map((h) => h.id),
      organisations: organisations!.hits.map((h) => h.id),
      communities: communities?.hits.map((h) => h.id) ?? [],
      threads: posts?.hits.map((h) => h.threadId) ?? [],
    };
  }

  sync(changes: SearchChanges): Promise<void> {
    return this.indexer.sync(changes);
  }

  reindex(onProgress?: (kind: SearchDocumentKind, done: number) => void): Promise<Record<SearchDocumentKind, number>> {
    return this.indexer.reindex(onProgress);
  }

  /**
   * The filters that keep each kind to what the searcher may see, or undefined when the kind
   * cannot match at all (nothing readable, or narrowed to one community, which only has posts).
   */
  private scopes(request: ContentSearchRequest): Partial<Record<ContentKind, string[]>> {
    const readable = request.communityId
      ? request.readableCommunityIds.forum.filter((id) => id === request.communityId)
      : request.readableCommunityIds.forum;
    const narrowed = request.communityId !== undefined || request.date !== undefined;
    return {
      organisation: narrowed ? undefined : [],
      community:
        narrowed || request.visibleCommunityIds.length === 0 ? undefined : [oneOf('id', request.visibleCommunityIds)],
      forum_post: readable.length === 0 ? undefined : [oneOf('communityId', readable)],
    };
  }

  private contentQuery(kind: ContentKind, text: string, filter: string[], limit: number): MultiSearchQuery {
    if (limit === 0) return this.countQuery(kind, text, filter);
    return {
      indexUid: INDEX_UID[kind],
      q: text,
      ...only(filter),
      limit,
      showRankingScore: true,
      attributesToRetrieve: ['id'],
      attributesToHighlight: HIGHLIGHTED[kind],
      attributesToCrop: kind === 'forum_post' ? ['body'] : [],
      ...HIGHLIGHT,
    };
  }

  private countQuery(kind: ContentKind, text: string, filter: string[]): MultiSearchQuery {
    return { indexUid: INDEX_UID[kind], q: text, ...only(filter), limit: 0 };
  }

  private dateFilter(kind: ContentKind, date: SearchDateRange | undefined): string[] {
    const range = SEARCH_DATE_RANGES.find((r) => r.id === date);
    return range && kind === 'forum_post' ? [this.since(range.days)] : [];
  }

  private since(days: number): string {
    return `createdAt >= ${Math.floor(this.now().getTime() / 1000) - days * 86_400}`;
  }

  private async multi<T extends Record<string, unknown>>(queries: MultiSearchQuery[]): Promise<SearchResponse<T>[]> {
    const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, T>({ queries });
    return results as unknown as SearchResponse<T>[];
  }
}
