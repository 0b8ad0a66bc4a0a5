import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThreadSummary, WatchLevel } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';

export interface SummaryRow {
  id: string;
  title: string;
  tags: string[];
  author_id: string;
  author_name: string;
  post_count: number;
  created_at: Date;
  last_post_at: Date;
  last_poster_id: string;
  last_poster_name: string;
  pinned: boolean;
  locked: boolean;
  answered: boolean;
  deleted: boolean;
  last_read_number: number | null;
}

export interface ForumPlacement {
  category_id: string;
  category_slug: string;
  category_name: string;
  category_watch: WatchLevel | null;
}

/** A forum thread's state as `thread.updated` carries it. */
export interface ForumThreadState {
  title: string;
  tags: string[];
  pinned: boolean;
  locked: boolean;
  category_id: string;
  accepted_post_id: string | null;
  deleted: boolean;
}

/** One thread summary from its row; the thread page's detail starts from the same fields. */
export const toSummary = (row: SummaryRow): ThreadSummary => ({
  id: row.id,
  title: row.title,
  tags: row.tags,
  author: { id: row.author_id, displayName: row.author_name },
  postCount: row.post_count,
  createdAt: row.created_at.toISOString(),
  lastPostAt: row.last_post_at.toISOString(),
  lastPoster: { id: row.last_poster_id, displayName: row.last_poster_name },
  pinned: row.pinned,
  locked: row.locked,
  answered: row.answered,
  deleted: row.deleted,
  unreadCount: row.last_read_number === null ? null : Math.max(0, row.post_count - row.last_read_number),
});

/**
 * Forum threads in the forum's own terms: listings by category, placement, moves and counts.
 * The engine's data comes through the views it publishes (`discussion_thread_summaries`,
 * `discussion_reading`), never its tables.
 */
@Injectable()
export class ForumThreadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of a category in display order (pinned, then latest activity), read straight off
   * `ix_forum_threads_listing`. Deleted threads are left out except for moderators.
   */
  async list(
    categoryId: string,
    viewerId: string | null,
    options: { offset: number; limit: number; tag?: string; withDeleted: boolean },
  ): Promise<ThreadSummary[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT t.thread_id AS id, t.title, t.tags, t.author_id, t.author_name, t.post_count, t.created_at, t.last_post_at,
              t.last_poster_id, t.last_poster_name, f.pinned, t.locked, t.accepted_post_id IS NOT NULL AS answered, f.deleted,
              r.last_read_number
         FROM forum_threads f
         JOIN discussion_thread_summaries t ON t.thread_id = f.thread_id
         LEFT JOIN discussion_reading r ON r.thread_id = f.thread_id AND r.user_id = $2
        WHERE f.category_id = $1 AND (NOT f.deleted OR $6) AND ($5::text IS NULL OR $5 = ANY(t.tags))
        ORDER BY f.pinned DESC, f.last_post_at DESC, f.thread_id LIMIT $3 OFFSET $4`,
      [categoryId, viewerId, options.limit, options.offset, options.tag ?? null, options.withDeleted],
    );
    return rows.map(toSummary);
  }

  async countWithTag(categoryId: string, tag: string, withDeleted: boolean): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM forum_threads f JOIN discussion_thread_summaries t ON t.thread_id = f.thread_id
        WHERE f.category_id = $1 AND (NOT f.deleted OR $3) AND $2 = ANY(t.tags)`,
      [categoryId, tag, withDeleted],
    );
    return rows[0]?.n ?? 0;
  }

  async placement(
    threadId: string,
    viewerId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ForumPlacement | undefined> {
    const rows: ForumPlacement[] = await manager.query(
      `SELECT f.category_id, c.slug AS category_slug, c.name AS category_name, w.level AS category_watch
         FROM forum_threads f JOIN forum_categories c ON c.id = f.category_id
         LEFT JOIN forum_category_watches w ON w.category_id = c.id AND w.user_id = $2
        WHERE f.thread_id = $1`,
      [threadId, viewerId],
    );
    return rows[0];
  }

  /** Whether a category belongs to a community's forum (a thread may only move within its forum). */
  async isCategoryOf(manager: EntityManager, categoryId: string, communityId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM forum_categories WHERE id = $1 AND community_id = $2', [
      categoryId,
      communityId,
    ]);
    return rows.length > 0;
  }

  async place(manager: EntityManager, threadId: string, categoryId: string): Promise<void> {
    await manager.query('INSERT INTO forum_threads (thread_id, category_id, last_post_at) VALUES ($1, $2, now())', [
      threadId,
      categoryId,
    ]);
    await manager.query('UPDATE forum_categories SET thread_count = thread_count + 1 WHERE id = $1', [categoryId]);
  }

  /** After a post: the listing's order and the category's counts, in one statement; answers the category. */
  async recordPost(manager: EntityManager, threadId: string, at: Date, postDelta: number): Promise<string | undefined> {
    const rows = returningRows<{ category_id: string }>(
      await manager.query(
        `WITH f AS (UPDATE forum_threads SET last_post_at = $2 WHERE thread_id = $1 RETURNING category_id)
       UPDATE forum_categories c SET post_count = c.post_count + $3, last_activity_at = GREATEST(c.last_activity_at, $2)
         FROM f WHERE c.id = f.category_id RETURNING c.id AS category_id`,
        [threadId, at, postDelta],
      ),
    );
    return rows[0]?.category_id;
  }

  /** Moves a thread's counts with it (a deleted thread is not counted anywhere). */
  async move(manager: EntityManager, threadId: string, from: string, to: string): Promise<void> {
    await manager.query(
      `WITH t AS (SELECT t.post_count, f.deleted FROM discussion_thread_summaries t JOIN forum_threads f ON f.thread_id = t.thread_id
                   WHERE t.thread_id = $1)
       UPDATE forum_categories c SET thread_count = c.thread_count + CASE WHEN c.id = $3 THEN 1 ELSE -1 END,
                                    post_count = c.post_count + CASE WHEN c.id = $3 THEN t.post_count ELSE -t.post_count END,
                                    last_activity_at = CASE WHEN c.id = $3 THEN GREATEST(c.last_activity_at, now()) ELSE c.last_activity_at END
         FROM t WHERE c.id IN ($2, $3) AND NOT t.deleted`,
      [threadId, from, to],
    );
    await manager.query('UPDATE forum_threads SET category_id = $2 WHERE thread_id = $1', [threadId, to]);
  }

  /** Marks a thread deleted or restored in the listing, and its category's counts with it. */
  async setDeleted(manager: EntityManager, threadId: string, deleted: boolean): Promise<void> {
    await manager.query(
      `WITH f AS (UPDATE forum_threads SET deleted = $2 WHERE thread_id = $1 AND deleted <> $2 RETURNING category_id)
       UPDATE forum_categories c SET thread_count = c.thread_count + $3, post_count = c.post_count + $3 * t.post_count
         FROM f, discussion_thread_summaries t WHERE c.id = f.category_id AND t.thread_id = $1`,
      [threadId, deleted, deleted ? -1 : 1],
    );
  }

  async setPinned(manager: EntityManager, threadId: string, pinned: boolean): Promise<void> {
    await manager.query('UPDATE forum_threads SET pinned = $2 WHERE thread_id = $1', [threadId, pinned]);
  }

  /** The thread's state as committed by this transaction, for `thread.updated`. */
  async state(manager: EntityManager, threadId: string): Promise<ForumThreadState> {
    const rows: ForumThreadState[] = await manager.query(
      `SELECT t.title, t.tags, t.pinned, t.locked, f.category_id, t.accepted_post_id, t.deleted
         FROM discussion_thread_summaries t JOIN forum_threads f ON f.thread_id = t.thread_id WHERE t.thread_id = $1`,
      [threadId],
    );
    return rows[0]!;
  }
}
