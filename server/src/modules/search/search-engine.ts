import type { PeopleFilters, SearchDateRange, SearchType } from '@commonroom/contracts';

/**
 * The one port every search goes through. The default adapter queries PostgreSQL's own
 * full-text indexes (`PostgresSearchEngine`); `MeilisearchSearchEngine` is used when
 * `MEILI_URL` is set. Both pass the shared contract suite (`test/support/search-engine.contract.ts`).
 *
 * Access control never lives here. The caller passes what the searcher may read (the
 * communities whose content they may read, for example) and `SearchService` checks every hit
 * again against PostgreSQL before anything is returned: an engine that is stale, misconfigured
 * or wrong can only lose results, never leak them.
 */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  people(request: PeopleSearchRequest): Promise<PeopleSearchHits>;
  content(request: ContentSearchRequest): Promise<ContentSearchHits>;
  suggest(request: SuggestRequest): Promise<SuggestHits>;
  /**
   * Brings the engine's copy of these documents up to date (upsert or delete). PostgreSQL indexes itself: a no-op
   * there.
   */
  sync(changes: SearchChanges): Promise<void>;
  /** Rebuilds everything from PostgreSQL (the `search:reindex` command). Returns documents written per kind. */
  reindex(onProgress?: (kind: SearchDocumentKind, done: number) => void): Promise<Record<SearchDocumentKind, number>>;
}

/** Nest injection token for the configured engine. */
export const SEARCH_ENGINE = Symbol('SearchEngine');

export type SearchDocumentKind = 'person' | 'organisation' | 'community' | 'forum_post';
export type SearchChanges = Partial<Record<SearchDocumentKind, string[]>>;

/**
 * What the searcher may read, as `SearchAccess` computed it. Content outside it must never be
 * returned or counted, and no word of it offered as a correction ("did you mean").
 */
export interface SearchScope {
  /** Communities whose tools' content the searcher may read, per tool ('forum' …). */
  readableCommunityIds: { forum: string[] };
  /** Communities the searcher may see listed (their names and descriptions). */
  visibleCommunityIds: string[];
}

export interface PeopleSearchRequest extends SearchScope {
  /** Free text or a name, as typed (trimmed); empty lists everyone listed. */
  text: string;
  filters: PeopleFilters;
  offset: number;
  limit: number;
  /** False when only the hits and total are wanted (global search): an engine may then skip counting facets. */
  withFacets?: boolean;
  /** False to search the words exactly as typed (the searcher chose "Search instead for …"). Default true. */
  correct?: boolean;
}

export interface PeopleSearchHits {
  /** Best first. `highlight` is HTML-escaped text with `<mark>` around matched words, or null. */
  hits: { userId: string; highlight: string | null }[];
  total: number;
  /**
   * Counts per facet value (`subject` → `physics` → 12), each facet counted with the *other* facets' filters applied.
   */
  facets: Partial<Record<keyof PeopleFilters, Record<string, number>>>;
  /** The text actually searched when misspelt words were corrected, else null. */
  correctedText: string | null;
}

export interface ContentSearchRequest extends SearchScope {
  text: string;
  /** Only these types; undefined means every type. */
  types?: SearchType[];
  /** Narrow to one community. */
  communityId?: string;
  date?: SearchDateRange;
  offset: number;
  limit: number;
  /** False to search the words exactly as typed (the searcher chose "Search instead for …"). Default true. */
  correct?: boolean;
}

export interface ContentHit {
  type: Exclude<SearchType, 'person'>;
  id: string;
  highlight: string | null;
}

export interface ContentSearchHits {
  hits: ContentHit[];
  total: number;
  /** True when `total` counts only up to a cap ("1,000+"). */
  totalIsLowerBound: boolean;
  facets: { type: Record<string, number>; community: Record<string, number>; date: Record<string, number> };
  correctedText: string | null;
}

export interface SuggestRequest extends SearchScope {
  text: string;
  limitPerKind: number;
}

export interface SuggestHits {
  people: string[];
  organisations: string[];
  communities: string[];
  threads: string[];
}
