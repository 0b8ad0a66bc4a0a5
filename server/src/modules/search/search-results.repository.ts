import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityType, OrganisationKind, SearchHit, Suggestions } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { SearchScope } from './search-engine';

type PostHit = Extract<SearchHit, { type: 'forum_post' }>['post'];
type OrganisationHit = Extract<SearchHit, { type: 'organisation' }>['organisation'];
type CommunityHit = Extract<SearchHit, { type: 'community' }>['community'];
type ThreadSuggestion = Suggestions['threads'][number];

/**
 * Forum content readable in this scope, as SQL over `p` (post), `t` (thread) and `c` (community); `$2` is the
 * readable ids.
 */
const READABLE_THREAD = `t.deleted_at IS NULL AND t.kind = 'forum' AND 'forum' = ANY(c.tools) AND c.id = ANY($2::uuid[])`;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Re-reads what an engine found from PostgreSQL with the access rules applied again, so an engine
 * that is stale or wrong can only lose results, never leak them. Each method returns only the ids
 * that pass, keyed by id; callers keep the engine's order.
 */
@Injectable()
export class SearchResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Visible posts in threads that still exist, in communities whose forum the searcher may read. */
  async posts(ids: string[], scope: SearchScope): Promise<Map<string, PostHit>> {
    if (ids.length === 0) return new Map();
    const rows: (Omit<PostHit, 'createdAt'> & { createdAt: Date })[] = await this.dataSource.query(
      `SELECT p.id, p.thread_id AS "threadId", t.title AS "threadTitle", p.number, p.created_at AS "createdAt",
              json_build_object('slug', c.slug, 'name', c.name) AS community, json_build_object('id', u.id, 'displayName', u.display_name) AS author
         FROM searchable_posts p JOIN searchable_threads t ON t.id = p.thread_id JOIN community_directory c ON c.id = t.community_id JOIN people u ON u.id = p.author_id
        WHERE p.id = ANY($1::uuid[]) AND p.hidden_at IS NULL AND p.deleted_at IS NULL AND ${READABLE_THREAD}`,
      [ids, scope.readableCommunityIds.forum],
    );
    return byId(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
  }

  /** Organisations still open (closed ones leave the directory). */
  async organisations(ids: string[]): Promise<Map<string, OrganisationHit>> {
    if (ids.length === 0) return new Map();
    const rows: {
      id: string;
      slug: string;
      name: string;
      kind: OrganisationKind;
      localAuthorityName: string | null;
    }[] = await this.dataSource.query(
      `SELECT id, slug, name, kind, local_authority_name AS "localAuthorityName" FROM organisation_directory WHERE id = ANY($1::uuid[]) AND closed_on IS NULL`,
      [ids],
    );
    return byId(rows);
  }

  /** Communities the searcher may see listed. */
  async communities(ids: string[], scope: SearchScope): Promise<Map<string, CommunityHit>> {
    const visible = new Set(scope.visibleCommunityIds);
    const wanted = ids.filter((id) => visible.has(id));
    if (wanted.length === 0) return new Map();
    const rows: { id: string; slug: string; name: string; type: CommunityType; description: string | null }[] =
      await this.dataSource.query(
        `SELECT id, slug, name, type, description FROM community_directory WHERE id = ANY($1::uuid[])`,
        [wanted],
      );
    return byId(rows);
  }

  /** Threads that still exist in communities whose forum the searcher may read. */
  async threads(ids: string[], scope: SearchScope): Promise<Map<string, ThreadSuggestion & { id: string }>> {
    if (ids.length === 0) return new Map();
    const rows: (ThreadSuggestion & { id: string })[] = await this.dataSource.query(
      `SELECT t.id, t.id AS "threadId", t.title, json_build_object('slug', c.slug, 'name', c.name) AS community
         FROM searchable_threads t JOIN community_directory c ON c.id = t.community_id
        WHERE t.id = ANY($1::uuid[]) AND ${READABLE_THREAD}`,
      [ids, scope.readableCommunityIds.forum],
    );
    return byId(rows);
  }

  /** People whose search document is listed: the rest are never shown by search, whatever an engine says. */
  async listedPeople(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM people_directory WHERE user_id = ANY($1::uuid[]) AND listed`,
      [ids],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  /** Names of these organisations (facet labels). */
  async organisationNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM organisation_directory WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * Names of local authorities by code, as the organisations that carry them spell them: the DfE
   * register names every school's authority, including codes outside the published list.
   */
  async localAuthorityNames(codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows: { la_code: string; name: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (la_code) la_code, local_authority_name AS name FROM organisation_directory
        WHERE la_code = ANY($1::text[]) AND local_authority_name IS NOT NULL ORDER BY la_code, (kind = 'local_authority') DESC`,
      [codes],
    );
    return new Map(rows.map((r) => [r.la_code, r.name]));
  }

  /** Slug and name of these communities (facet values and labels). */
  async communityNames(ids: string[]): Promise<Map<string, { slug: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; slug: string; name: string }[] = await this.dataSource.query(
      `SELECT id, slug, name FROM community_directory WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { slug: r.slug, name: r.name }]));
  }

  async communityIdBySlug(slug: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM community_directory WHERE slug = $1`, [
      slug,
    ]);
    return rows[0]?.id;
  }
}
