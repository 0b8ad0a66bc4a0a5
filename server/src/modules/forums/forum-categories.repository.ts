import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ForumCategory, WatchLevel } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../../infrastructure/database/escape-like';
import { freeSlug } from '../../infrastructure/database/free-slug';

export interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  position: number;
  thread_count: number;
  post_count: number;
  last_activity_at: Date | null;
  unread_threads: number;
  watch_level: WatchLevel | null;
}

/**
 * One SELECT for categories with the viewer's unread count and watch level. "Unread" counts
 * threads the viewer has opened that have newer posts, unless muted. The count is one grouped
 * join driven by the viewer's own reading rows in this community (a handful to a few hundred),
 * never by a category's threads (thousands in a big forum), so it stays cheap however big the
 * forum grows. `$2` is the viewer; `communityId` is SQL for the community's id. The engine's
 * data comes through its published views.
 */
const CATEGORY_COLUMNS = `
  c.id, c.slug, c.name, c.description, c.position, c.thread_count, c.post_count, c.last_activity_at, w.level AS watch_level,
  COALESCE(u.unread_threads, 0) AS unread_threads`;
const categoryJoins = (communityId: string) => `
  LEFT JOIN forum_category_watches w ON w.category_id = c.id AND w.user_id = $2
  LEFT JOIN (SELECT f.category_id, count(*)::int AS unread_threads
               FROM discussion_reading r
               JOIN discussion_thread_summaries t ON t.thread_id = r.thread_id AND t.community_id = ${communityId}
               JOIN forum_threads f ON f.thread_id = r.thread_id AND NOT f.deleted
              WHERE r.user_id = $2 AND r.last_read_number < t.post_count AND r.level IS DISTINCT FROM 'muted'
              GROUP BY f.category_id) u ON u.category_id = c.id`;

export const toCategory = (row: CategoryRow): ForumCategory => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  description: row.description,
  position: row.position,
  threadCount: row.thread_count,
  postCount: row.post_count,
  lastActivityAt: row.last_activity_at?.toISOString() ?? null,
  unreadThreads: row.unread_threads,
  watchLevel: row.watch_level ?? 'normal',
});

/** A community forum's categories (`forum_categories`, `forum_category_watches`). */
@Injectable()
export class ForumCategoriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A community's categories in order (or the one with `categorySlug`), as the viewer sees them. */
  rows(communityId: string, viewerId: string | null, categorySlug: string | null): Promise<CategoryRow[]> {
    return this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c ${categoryJoins('$1')}
        WHERE c.community_id = $1 AND ($3::text IS NULL OR c.slug = $3) ORDER BY c.position, c.name`,
      [communityId, viewerId, categorySlug],
    );
  }

  async one(categoryId: string, viewerId: string): Promise<CategoryRow | undefined> {
    const rows: CategoryRow[] = await this.dataSource.query(
      `SELECT ${CATEGORY_COLUMNS} FROM forum_categories c ${categoryJoins('(SELECT community_id FROM forum_categories WHERE id = $1)')} WHERE c.id = $1`,
      [categoryId, viewerId],
    );
    return rows[0];
  }

  async communityOf(categoryId: string): Promise<string | undefined> {
    const rows: { community_id: string }[] = await this.dataSource.query(
      'SELECT community_id FROM forum_categories WHERE id = $1',
      [categoryId],
    );
    return rows[0]?.community_id;
  }

  /** Adds a category at the end of the order, under a slug free in its forum. */
  async insert(
    manager: EntityManager,
    communityId: string,
    category: { name: string; description: string | null },
  ): Promise<string> {
    const slug = await freeSlug(manager, 'forum_categories', category.name, {
      column: 'community_id',
      value: communityId,
    });
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO forum_categories (community_id, slug, name, description, position)
       SELECT $1, $2, $3, $4, COALESCE(max(position) + 1, 0) FROM forum_categories WHERE community_id = $1 RETURNING id`,
      [communityId, slug, category.name, category.description],
    );
    return rows[0]!.id;
  }

  /** Name as given; the description only when `description` is defined (null clears it). */
  async update(categoryId: string, changes: { name?: string; description?: string | null }): Promise<void> {
    await this.dataSource.query(
      `UPDATE forum_categories SET name = COALESCE($2, name), description = CASE WHEN $4 THEN $3 ELSE description END WHERE id = $1`,
      [categoryId, changes.name ?? null, changes.description ?? null, changes.description !== undefined],
    );
  }

  async hasThreads(manager: EntityManager, categoryId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM forum_threads WHERE category_id = $1 LIMIT 1', [
      categoryId,
    ]);
    return rows.length > 0;
  }

  async remove(manager: EntityManager, categoryId: string): Promise<void> {
    await manager.query('DELETE FROM forum_categories WHERE id = $1', [categoryId]);
  }

  async ids(communityId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM forum_categories WHERE community_id = $1',
      [communityId],
    );
    return rows.map((r) => r.id);
  }

  /** Positions follow the order given (0, 1, …). */
  async reorder(categoryIds: string[]): Promise<void> {
    await this.dataSource.query(
      'UPDATE forum_categories c SET position = o.position - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE c.id = o.id',
      [categoryIds],
    );
  }

  async setWatchLevel(userId: string, categoryId: string, level: WatchLevel): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forum_category_watches (user_id, category_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category_id) DO UPDATE SET level = EXCLUDED.level`,
      [userId, categoryId, level],
    );
  }

  /** Members (through the communities module's `community_memberships`) whose name starts with, or contains, `q`. */
  async membersNamed(communityId: string, q: string): Promise<{ id: string; displayName: string }[]> {
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name FROM people u
        WHERE EXISTS (SELECT 1 FROM community_memberships cm WHERE cm.community_id = $1 AND cm.user_id = u.id)
          AND u.display_name ILIKE $2
        ORDER BY (u.display_name ILIKE $3) DESC, u.display_name LIMIT 8`,
      [communityId, `%${escapeLike(q)}%`, `${escapeLike(q)}%`],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
  }

  /** Gives a forum its first category when it has none and the forum tool is on. */
  async ensureDefault(communityId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forum_categories (community_id, slug, name, description, position)
       SELECT c.id, 'general', 'General', 'Anything that does not fit elsewhere.', 0 FROM community_directory c
        WHERE c.id = $1 AND 'forum' = ANY(c.tools) AND NOT EXISTS (SELECT 1 FROM forum_categories fc WHERE fc.community_id = c.id)
       ON CONFLICT (community_id, slug) DO NOTHING`,
      [communityId],
    );
  }
}
