import type { DataSource } from 'typeorm';
import type { SearchDocumentKind } from '../search-engine';
import { MARK_END, MARK_START } from './index-settings';

/**
 * The documents Meilisearch holds, built from PostgreSQL and only from what may be indexed:
 * people from their search document (`profiles.search_*` and `facets`, which hold member-visible
 * data only) when listed; organisations that are open; communities (listing is filtered per
 * searcher at query time); forum posts that are neither hidden nor deleted, in threads that are
 * not deleted. Anything else is deleted from the engine by `sync`.
 */
export interface PersonDocument {
  id: string;
  name: string;
  headline: string;
  body: string;
  facets: string[];
}
export interface OrganisationDocument {
  id: string;
  name: string;
  kind: string;
  localAuthority: string | null;
  establishmentType: string | null;
}
export interface CommunityDocument {
  id: string;
  name: string;
  type: string;
  description: string | null;
}
export interface ForumPostDocument {
  id: string;
  threadId: string;
  communityId: string;
  /** The thread's title and tags on its opening post; empty on replies. */
  threadTitle: string;
  tags: string[];
  body: string;
  /** Seconds since 1970: Meilisearch filters and sorts numbers, not dates. */
  createdAt: number;
}
export type SearchDocument = PersonDocument | OrganisationDocument | CommunityDocument | ForumPostDocument;

/**
 * One SELECT per kind; `$where` is replaced by the caller's id condition, always ANDed with what makes a row
 * indexable.
 */
const SOURCES: Record<SearchDocumentKind, { select: string; id: string }> = {
  person: {
    id: 'pr.user_id',
    select: `SELECT pr.user_id AS id, pr.search_name AS name, pr.search_headline AS headline, pr.search_body AS body, pr.facets
               FROM people_directory pr WHERE pr.listed AND $where`,
  },
  organisation: {
    id: 'o.id',
    select: `SELECT o.id, o.name, o.kind, o.local_authority_name AS "localAuthority", o.establishment_type AS "establishmentType"
               FROM organisation_directory o WHERE o.closed_on IS NULL AND $where`,
  },
  community: {
    id: 'c.id',
    select: `SELECT c.id, c.name, c.type, c.description FROM community_directory c WHERE $where`,
  },
  forum_post: {
    id: 'p.id',
    // The thread's title and tags belong to its opening post only, so a title match finds the thread once (as in
    // PostgreSQL).
    select: `SELECT p.id, p.thread_id AS "threadId", t.community_id AS "communityId",
                    CASE WHEN p.number = 1 THEN t.title ELSE '' END AS "threadTitle", CASE WHEN p.number = 1 THEN t.tags ELSE '{}' END AS tags, p.raw AS body,
                    extract(epoch FROM p.created_at)::float8 AS "createdAt"
               FROM searchable_posts p JOIN searchable_threads t ON t.id = p.thread_id
              WHERE t.kind = 'forum' AND t.deleted_at IS NULL AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND $where`,
  },
};

const MARKERS = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');

/** Removes the highlight markers from text people wrote, so only Meilisearch's own markers become `<mark>`. */
function withoutMarkers<T extends object>(row: T): T {
  const clean: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    clean[key] =
      typeof value === 'string'
        ? value.replace(MARKERS, '')
        : Array.isArray(value)
          ? value.map((v: unknown) => (typeof v === 'string' ? v.replace(MARKERS, '') : v))
          : value;
  }
  return clean as T;
}

/** Reads indexable documents from PostgreSQL, by id (for `sync`) or in id order (for `reindex`). */
export class SearchDocumentSource {
  constructor(private readonly dataSource: DataSource) {}

  /** The indexable documents among these ids; ids not returned are to be deleted from the engine. */
  async byIds(kind: SearchDocumentKind, ids: string[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const source = SOURCES[kind];
    const rows: SearchDocument[] = await this.dataSource.query(
      source.select.replace('$where', `${source.id} = ANY($1::uuid[])`),
      [ids],
    );
    return rows.map(withoutMarkers);
  }

  /**
   * Every indexable document of a kind, `size` at a time (keyset pagination on the id, so each batch costs the same).
   */
  async *all(kind: SearchDocumentKind, size: number): AsyncGenerator<SearchDocument[]> {
    const source = SOURCES[kind];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: SearchDocument[] = await this.dataSource.query(
        `${source.select.replace('$where', `${source.id} > $1`)} ORDER BY ${source.id} LIMIT $2`,
        [after, size],
      );
      if (rows.length === 0) return;
      yield rows.map(withoutMarkers);
      if (rows.length < size) return;
      after = rows[rows.length - 1]!.id;
    }
  }
}
