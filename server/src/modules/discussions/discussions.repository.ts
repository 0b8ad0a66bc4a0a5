import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CookedContent } from '../../infrastructure/content/cook-markdown';
import type { ThreadKind } from './discussion-thread.entity';
import { POST_JOINS, postColumns, type PostRow } from './post-view';

export interface NewPost {
  id: string;
  threadId: string;
  authorId: string;
  raw: string;
  cooked: CookedContent;
  replyToPostId: string | null;
}

export interface NewThread {
  id: string;
  kind: ThreadKind;
  communityId: string;
  authorId: string;
  title: string;
  tags: string[];
}

/** What adding a post did to its thread: the new post's number and the thread's new state. */
export interface AddedPost {
  number: number;
  createdAt: Date;
  communityId: string;
  kind: ThreadKind;
  title: string;
}

/** The post and thread tables, in the engine's own words. Writers take the caller's transaction. */
@Injectable()
export class DiscussionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Posts numbered `from`..`to` of a thread, in order, with what the viewer needs to show them. */
  page(threadId: string, from: number, to: number, viewerId: string | null): Promise<PostRow[]> {
    return this.dataSource.query(
      `SELECT ${postColumns('$4')} FROM discussion_posts p ${POST_JOINS}
        WHERE p.thread_id = $1 AND p.number BETWEEN $2 AND $3 ORDER BY p.number`,
      [threadId, from, to, viewerId],
    );
  }

  async post(postId: string, viewerId: string | null, manager: EntityManager = this.dataSource.manager): Promise<PostRow | undefined> {
    const rows: PostRow[] = await manager.query(`SELECT ${postColumns('$2')} FROM discussion_posts p ${POST_JOINS} WHERE p.id = $1`, [postId, viewerId]);
    return rows[0];
  }

  /** Where a post lives, before its thread's access is checked. */
  async locate(postId: string): Promise<{ thread_id: string; author_id: string; number: number } | undefined> {
    const rows: { thread_id: string; author_id: string; number: number }[] = await this.dataSource.query(
      'SELECT thread_id, author_id, number FROM discussion_posts WHERE id = $1',
      [postId],
    );
    return rows[0];
  }

  async createThread(manager: EntityManager, thread: NewThread): Promise<void> {
    await manager.query(
      `INSERT INTO discussion_threads (id, kind, community_id, author_id, last_poster_id, title, tags) VALUES ($1, $2, $3, $4, $4, $5, $6)`,
      [thread.id, thread.kind, thread.communityId, thread.authorId, thread.title, thread.tags],
    );
  }

  /**
   * Adds a post in one statement: takes the thread's next number (the row lock on the thread
   * orders concurrent replies), inserts the post, and marks the thread read and watched by its
   * author. Answers undefined when the thread is gone, deleted or locked (unless `evenIfLocked`).
   */
  async addPost(manager: EntityManager, post: NewPost, evenIfLocked: boolean): Promise<AddedPost | undefined> {
    const rows: { number: number; created_at: Date; community_id: string; kind: ThreadKind; title: string }[] = await manager.query(
      `WITH t AS (
         UPDATE discussion_threads SET post_count = post_count + 1, last_post_at = now(), last_poster_id = $3, updated_at = now()
          WHERE id = $2 AND deleted_at IS NULL AND (locked_at IS NULL OR $7)
          RETURNING id, post_count, community_id, kind, title),
       p AS (
         INSERT INTO discussion_posts (id, thread_id, number, author_id, raw, html, reply_to_post_id)
         SELECT $1, t.id, t.post_count, $3, $4, $5, $6 FROM t RETURNING number, created_at),
       r AS (
         INSERT INTO thread_readers (user_id, thread_id, last_read_number, level) SELECT $3, t.id, t.post_count, 'watching' FROM t
         ON CONFLICT (user_id, thread_id) DO UPDATE
           SET last_read_number = GREATEST(thread_readers.last_read_number, EXCLUDED.last_read_number),
               level = COALESCE(thread_readers.level, 'watching'), updated_at = now())
       SELECT p.number, p.created_at, t.community_id, t.kind, t.title FROM p, t`,
      [post.id, post.threadId, post.authorId, post.raw, post.cooked.html, post.replyToPostId, evenIfLocked],
    );
    const row = rows[0];
    if (!row) return undefined;
    await this.linkContent(manager, post.id, post.cooked);
    return { number: row.number, createdAt: row.created_at, communityId: row.community_id, kind: row.kind, title: row.title };
  }

  /** Records who a post mentions and which uploads it uses (replacing earlier links on edit). */
  async linkContent(manager: EntityManager, postId: string, cooked: Pick<CookedContent, 'mentionIds' | 'uploadIds'>, replace = false): Promise<void> {
    if (replace) {
      await manager.query('DELETE FROM post_mentions WHERE post_id = $1', [postId]);
      await manager.query('DELETE FROM post_uploads WHERE post_id = $1', [postId]);
    }
    if (cooked.mentionIds.length > 0) {
      // Only real people: an id that names nobody is left as a plain link.
      await manager.query(
        'INSERT INTO post_mentions (post_id, user_id) SELECT $1, u.id FROM users u WHERE u.id = ANY($2::uuid[]) ON CONFLICT DO NOTHING',
        [postId, cooked.mentionIds],
      );
    }
    if (cooked.uploadIds.length > 0) {
      await manager.query(
        'INSERT INTO post_uploads (post_id, upload_id) SELECT $1, up.id FROM uploads up WHERE up.id = ANY($2::uuid[]) ON CONFLICT DO NOTHING',
        [postId, cooked.uploadIds],
      );
    }
  }

  /** Whether a person has enough visible posts to be trusted with links and mentions. */
  async hasVisiblePosts(userId: string, atLeast: number): Promise<boolean> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM discussion_posts WHERE author_id = $1 AND hidden_at IS NULL AND deleted_at IS NULL LIMIT $2) x`,
      [userId, atLeast],
    );
    return (rows[0]?.n ?? 0) >= atLeast;
  }

  /** Marks a thread read up to a post number; never moves backwards. */
  async markRead(userId: string, threadId: string, number: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO thread_readers (user_id, thread_id, last_read_number) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_number = GREATEST(thread_readers.last_read_number, EXCLUDED.last_read_number), updated_at = now()
       WHERE thread_readers.last_read_number < EXCLUDED.last_read_number`,
      [userId, threadId, number],
    );
  }

  async setWatchLevel(userId: string, threadId: string, level: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO thread_readers (user_id, thread_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [userId, threadId, level],
    );
  }
}
