import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type {
  ContentSearchHits,
  ContentSearchRequest,
  PeopleSearchHits,
  PeopleSearchRequest,
  SearchChanges,
  SearchDocumentKind,
  SearchEngine,
  SearchScope,
  SuggestHits,
  SuggestRequest,
} from './search-engine';

/** At most this many answers per node (a few kilobytes each). */
const MAX_ENTRIES = 2000;

type Answer = PeopleSearchHits | ContentSearchHits | SuggestHits;

/**
 * Remembers an engine's answers for identical searches for a few seconds (`SEARCH_CACHE_SECONDS`).
 * A broad search ("mentor", a common subject with no words) costs PostgreSQL tens to hundreds of
 * milliseconds because its facets count every match, and it is also what many people type; the
 * long tail of rare words and names is cheap anyway. Measured in bench/results/search-http.json.
 *
 * Safe for privacy because the key holds everything the answer depends on, including the exact
 * set of communities the searcher may read (as a hash), and because `SearchService` re-checks
 * every hit against PostgreSQL on every request, cached or not. A change on this node (an event
 * through `sync`) empties the cache; other nodes catch up within the time to live.
 */
export class CachingSearchEngine implements SearchEngine {
  readonly name: SearchEngine['name'];
  private readonly cache: LRUCache<string, Answer>;

  constructor(
    private readonly engine: SearchEngine,
    ttlSeconds: number,
  ) {
    this.name = engine.name;
    this.cache = new LRUCache<string, Answer>({ max: MAX_ENTRIES, ttl: ttlSeconds * 1000 });
  }

  people(request: PeopleSearchRequest): Promise<PeopleSearchHits> {
    return this.remember(key('people', request), () => this.engine.people(request));
  }

  content(request: ContentSearchRequest): Promise<ContentSearchHits> {
    return this.remember(key('content', request), () => this.engine.content(request));
  }

  suggest(request: SuggestRequest): Promise<SuggestHits> {
    return this.remember(key('suggest', request), () => this.engine.suggest(request));
  }

  async sync(changes: SearchChanges): Promise<void> {
    await this.engine.sync(changes);
    this.cache.clear();
  }

  async reindex(
    onProgress?: (kind: SearchDocumentKind, done: number) => void,
  ): Promise<Record<SearchDocumentKind, number>> {
    const counts = await this.engine.reindex(onProgress);
    this.cache.clear();
    return counts;
  }

  private async remember<T extends Answer>(key: string, compute: () => Promise<T>): Promise<T> {
    const cached = this.cache.get(key);
    if (cached) return cached as T;
    const answer = await compute();
    this.cache.set(key, answer);
    return answer;
  }
}

/**
 * Everything an answer depends on: the request, with the searcher's scope as a fingerprint (for
 * people too: a correction may only name words the searcher may read, so it depends on the scope).
 */
function key(kind: string, request: SearchScope): string {
  const { readableCommunityIds, visibleCommunityIds, ...rest } = request;
  return `${kind}:${idsHash(readableCommunityIds.forum)}:${idsHash(visibleCommunityIds)}:${JSON.stringify(rest)}`;
}

/** A short, order-independent fingerprint of a set of ids. */
function idsHash(ids: readonly string[]): string {
  return createHash('sha256')
    .update([...ids].sort().join(','))
    .digest('base64url')
    .slice(0, 22);
}
