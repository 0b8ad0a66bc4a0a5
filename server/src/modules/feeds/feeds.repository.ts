import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a feed is of: a community's forum, one of its categories, or one tag across it. */
export type FeedScope = { kind: 'forum' } | { kind: 'category'; categorySlug: string } | { kind: 'tag'; tag: string };

export interface FeedPlace {
  communityId: string;
  communitySlug: string;
  communityName: string;
  communityDescription: string | null;
  /** Null for a forum or tag feed; for a category feed, null when the category does not exist. */
  category: { id: string; slug: string; name: string; description: string | null } | null;
}

export interface FeedPostRow {
  post_id: string;
  thread_id: string;
  thread_title: string;
  thread_tags: string[];
  number: number;
  html: string;
  author_name: string | null;
  created_at: Date;
  edited_at: Date | null;
}

interface PlaceRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  category_id: string | null;
  category_slug: string | null;
  category_name: string | null;
  category_description: string | null;
}

/**
 * A feed's two statements: where it is (the community, through the one visibility rule, as a
 * visitor or as the token's owner) and its newest posts (through discussions' and forums' views).
 */
@Injectable()
export class FeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The community if the reader may read its forum: a visitor when `tokenHash` is null, else the
   * owner of that live token (a revoked or unknown token finds nothing). Platform administrators
   * read feeds as members, never through their administrator's access.
   */
  async place(tokenHash: string | null, communitySlug: string, categorySlug: string | null): Promise<FeedPlace | null> {
    const rows: PlaceRow[] = await this.dataSource.query(
      `WITH viewer AS (SELECT user_id FROM feed_tokens WHERE token_hash = $1 AND revoked_at IS NULL)
       SELECT c.id, c.slug, c.name, c.description, fc.id AS category_id, fc.slug AS category_slug,
              fc.name AS category_name, fc.description AS category_description
         FROM community_access((SELECT user_id FROM viewer), false) a
         JOIN community_directory c ON c.id = a.community_id
         LEFT JOIN forum_category_directory fc ON fc.community_id = c.id AND fc.slug = $3
        WHERE c.slug = $2 AND a.readable AND 'forum' = ANY(a.tools)
          AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM viewer))`,
      [tokenHash, communitySlug, categorySlug],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      communityId: row.id,
      communitySlug: row.slug,
      communityName: row.name,
      communityDescription: row.description,
      category: row.category_id
        ? {
            id: row.category_id,
            slug: row.category_slug!,
            name: row.category_name!,
            description: row.category_description,
          }
        : null,
    };
  }

  /** The newest visible forum posts of the place, newest first. */
  async posts(place: FeedPlace, scope: FeedScope, limit: number): Promise<FeedPostRow[]> {
    return this.dataSource.query(
      `SELECT p.post_id, p.thread_id, p.thread_title, p.thread_tags, p.number, p.html, p.author_name,
              p.created_at, p.edited_at
         FROM discussion_feed_posts p
        WHERE p.community_id = $1 AND p.type = 'forum'
          AND ($2::uuid IS NULL OR EXISTS (
                SELECT 1 FROM forum_thread_places f WHERE f.thread_id = p.thread_id AND f.category_id = $2))
          AND ($3::text IS NULL OR $3 = ANY(p.thread_tags))
        ORDER BY p.created_at DESC, p.post_id DESC
        LIMIT $4`,
      [place.communityId, place.category?.id ?? null, scope.kind === 'tag' ? scope.tag : null, limit],
    );
  }
}
