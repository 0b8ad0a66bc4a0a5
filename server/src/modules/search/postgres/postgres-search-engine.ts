import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ContentSearchHits,
  ContentSearchRequest,
  PeopleSearchHits,
  PeopleSearchRequest,
  SearchDocumentKind,
  SearchEngine,
  SuggestHits,
  SuggestRequest,
} from '../search-engine';
import { searchContent } from './content-query';
import { searchPeople } from './people-query';
import { setTrigramThresholds } from './query-text';
import { suggest } from './suggest-query';

/**
 * The default engine: PostgreSQL's own full-text search over generated `tsvector` columns with
 * GIN indexes, `pg_trgm` for names and misspellings, `unaccent` for accents. The indexes are part
 * of the rows, so there is nothing to sync. See docs/search.md.
 */
@Injectable()
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  people(request: PeopleSearchRequest): Promise<PeopleSearchHits> {
    return this.withTrigramThresholds((manager) => searchPeople(manager, request));
  }

  content(request: ContentSearchRequest): Promise<ContentSearchHits> {
    return this.withTrigramThresholds((manager) => searchContent(manager, request));
  }

  suggest(request: SuggestRequest): Promise<SuggestHits> {
    return this.withTrigramThresholds((manager) => suggest(manager, request));
  }

  /** Generated columns and triggers keep PostgreSQL's indexes current within each write. */
  async sync(): Promise<void> {}

  /**
   * Nothing to rebuild (the indexes are part of the rows): reports how many rows of each kind they
   * cover. It does put back any word some text holds that is missing from `search_lexicon`: one
   * that left it at the moment another transaction's text added it again (see `cr_lexicon_replace`
   * in migration `ScopedSearchLexicon`). Insert only, so it is safe while people write.
   */
  async reindex(
    onProgress?: (kind: SearchDocumentKind, done: number) => void,
  ): Promise<Record<SearchDocumentKind, number>> {
    await this.dataSource.query(
      `INSERT INTO search_lexicon (word) SELECT DISTINCT s.word FROM search_lexicon_sources s
        WHERE NOT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = s.word) ON CONFLICT DO NOTHING`,
    );
    const [row]: Record<SearchDocumentKind, string>[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM people_directory WHERE listed) AS person,
              (SELECT count(*) FROM organisation_directory WHERE closed_on IS NULL) AS organisation,
              (SELECT count(*) FROM community_directory) AS community,
              (SELECT count(*) FROM searchable_posts WHERE hidden_at IS NULL AND deleted_at IS NULL) AS forum_post`,
    );
    const counts = Object.fromEntries(Object.entries(row!).map(([kind, n]) => [kind, Number(n)])) as Record<
      SearchDocumentKind,
      number
    >;
    for (const [kind, n] of Object.entries(counts)) onProgress?.(kind as SearchDocumentKind, n);
    return counts;
  }

  /** Trigram thresholds are per transaction settings, so each search runs in a short read-only transaction. */
  private withTrigramThresholds<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setTrigramThresholds(manager);
      return work(manager);
    });
  }
}
