import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonRef } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CookedContent } from '../../infrastructure/content/cook-markdown';
import { returningRows } from '../../infrastructure/database/returning-rows';
import type { DiscussionType } from './discussion-thread.entity';
import { POST_JOINS, postColumns, type PostRow } from './post-view';

export interface NewPost {
  id: string;
  threadId: string;
  authorId: string;
  raw: string;
  cooked: CookedContent;
  replyToPostId: string | null;
}

/** What adding a post did to its thread: the new post's number and the thread's new state. */
export interface AddedPost {
  number: number;
  createdAt: Date;
  communityId: string | null;
  type: DiscussionType;
  title: string;
}

/** The post a reply answers, as the reply shows it. */
export interface ReplyTarget {
  id: string;
  number: number;
  author: PersonRef;
}

/** Where a post lives, before its thread's access is checked. */
export interface PostLocation {
  thread_id: string;
  author_id: string;
  number: number;
}

export interface PostRevisionRow {
  revision: number;
  raw: string;
  created_at: Date;
  editor_id: string;
  editor_name: string;
}

/** The post tables (posts, revisions, mentions), in the engine's own words. Writers take the caller's transaction. */
@Injectable()
export class DiscussionPostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Posts numbered `from`..`to` of a thread, in order, with what the viewer needs to show them. */
  page(threadId: string, from: number, to: number, viewerId: string | null): Promise<PostRow[]> {
    return this.dataSource.query(
      `SELECT ${postColumns('$4')} FROM discussion_posts p ${POST_JOINS}
        WHERE p.thread_id = $1 AND p.number BETWEEN $2 AND $3 ORDER BY p.number`,
      [threadId, from, to, viewerId],
    );
  }

  async post(
    postId: string,
    viewerId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PostRow | undefined> {
    const rows: PostRow[] = await manager.query(
      `SELECT ${postColumns('$2')} FROM discussion_posts p ${POST_JOINS} WHERE p.id = $1`,
      [postId, viewerId],
    );
    return rows[0];
  }

  async locate(postId: string): Promise<PostLocation | undefined> {
    const rows: PostLocation[] = await this.dataSource.query(
      'SELECT thread_id, author_id, number FROM discussion_posts WHERE id = $1',
      [postId],
    );
    return rows[0];
  }

  /** The post a reply points at, if it is in the same thread. */
  async replyTarget(threadId: string, postId: string): Promise<ReplyTarget | undefined> {
    const rows: { id: string; number: number; author_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT p.id, p.number, p.author_id, u.display_name FROM discussion_posts p JOIN people u ON u.id = p.author_id
        WHERE p.id = $1 AND p.thread_id = $2`,
      [postId, threadId],
    );
    const row = rows[0];
    return row
      ? { id: row.id, number: row.number, author: { id: row.author_id, displayName: row.display_name } }
      : undefined;
  }

  /**
   * Adds a post in one statement: takes the thread's next number (the row lock on the thread
   * orders concurrent replies), inserts the post, and marks the thread read and watched by its
   * author; then records its mentions. Answers undefined when the thread is gone, deleted or
   * locked (unless `evenIfLocked`). The files it shows are linked by the uploads module.
   */
  async addPost(manager: EntityManager, post: NewPost, evenIfLocked: boolean): Promise<AddedPost | undefined> {
    const rows: {
      number: number;
      created_at: Date;
      community_id: string | null;
      type: DiscussionType;
      title: string;
    }[] = await manager.query(
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
       SELECT p.number, p.created_at, t.community_id, t.kind AS type, t.title FROM p, t`,
      [post.id, post.threadId, post.authorId, post.raw, post.cooked.html, post.replyToPostId, evenIfLocked],
    );
    const row = rows[0];
    if (!row) return undefined;
    await this.linkMentions(manager, post.id, post.cooked.mentionIds);
    return {
      number: row.number,
      createdAt: row.created_at,
      communityId: row.community_id,
      type: row.type,
      title: row.title,
    };
  }

  /** Records who a post mentions (replacing the earlier mentions on edit). */
  async linkMentions(
    manager: EntityManager,
    postId: string,
    mentionIds: readonly string[],
    replace = false,
  ): Promise<void> {
    if (replace) await manager.query('DELETE FROM post_mentions WHERE post_id = $1', [postId]);
    if (mentionIds.length === 0) return;
    // Only real people: an id that names nobody was cooked as plain text.
    await manager.query(
      'INSERT INTO post_mentions (post_id, user_id) SELECT $1, u.id FROM people u WHERE u.id = ANY($2::uuid[]) ON CONFLICT DO NOTHING',
      [postId, mentionIds],
    );
  }

  /** The current display names of the people with these ids; an id that names nobody is absent. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      'SELECT id, display_name FROM people WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  /** Whether a person has enough visible posts to be trusted with links and mentions. */
  async hasVisiblePosts(
    userId: string,
    atLeast: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM discussion_posts WHERE author_id = $1 AND hidden_at IS NULL AND deleted_at IS NULL LIMIT $2) x`,
      [userId, atLeast],
    );
    return (rows[0]?.n ?? 0) >= atLeast;
  }

  /** Whether a post can be a thread's accepted answer: a visible reply (not the opening post) of that thread. */
  async isAnswerCandidate(manager: EntityManager, threadId: string, postId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM discussion_posts WHERE id = $1 AND thread_id = $2 AND number > 1 AND hidden_at IS NULL AND deleted_at IS NULL',
      [postId, threadId],
    );
    return rows.length > 0;
  }

  /** The current text of a post, locked until the edit's transaction ends. */
  async lockForEdit(
    manager: EntityManager,
    postId: string,
  ): Promise<{ revision: number; raw: string; author_id: string; created_at: Date } | undefined> {
    const rows: { revision: number; raw: string; author_id: string; created_at: Date }[] = await manager.query(
      'SELECT revision, raw, author_id, created_at FROM discussion_posts WHERE id = $1 FOR UPDATE',
      [postId],
    );
    return rows[0];
  }

  /** Stores an edit as revision `next`; the first edit also keeps the original as revision 1. */
  async saveRevision(
    manager: EntityManager,
    edit: {
      postId: string;
      before: { revision: number; raw: string; author_id: string; created_at: Date };
      raw: string;
      html: string;
      editorId: string;
    },
  ): Promise<void> {
    const { postId, before } = edit;
    const next = before.revision + 1;
    if (before.revision === 1) {
      await manager.query(
        'INSERT INTO post_revisions (post_id, revision, raw, editor_id, created_at) VALUES ($1, 1, $2, $3, $4)',
        [postId, before.raw, before.author_id, before.created_at],
      );
    }
    await manager.query('INSERT INTO post_revisions (post_id, revision, raw, editor_id) VALUES ($1, $2, $3, $4)', [
      postId,
      next,
      edit.raw,
      edit.editorId,
    ]);
    await manager.query(
      'UPDATE discussion_posts SET raw = $2, html = $3, revision = $4, edited_at = now() WHERE id = $1',
      [postId, edit.raw, edit.html, next],
    );
  }

  /** Every stored revision, oldest first (none until the post is first edited). */
  revisions(postId: string): Promise<PostRevisionRow[]> {
    return this.dataSource.query(
      `SELECT r.revision, r.raw, r.created_at, r.editor_id, u.display_name AS editor_name
         FROM post_revisions r JOIN people u ON u.id = r.editor_id WHERE r.post_id = $1 ORDER BY r.revision`,
      [postId],
    );
  }

  async raw(postId: string): Promise<string | undefined> {
    const rows: { raw: string }[] = await this.dataSource.query('SELECT raw FROM discussion_posts WHERE id = $1', [
      postId,
    ]);
    return rows[0]?.raw;
  }

  /** Hides (with the facilitator's reason) or deletes a post once; answers its number, or undefined if already so. */
  async markRemoved(
    manager: EntityManager,
    postId: string,
    removal: { state: 'hidden' | 'deleted'; byId: string; reason: string | null },
  ): Promise<number | undefined> {
    const column = removal.state === 'hidden' ? 'hidden' : 'deleted';
    const reason = removal.state === 'hidden' ? ', hidden_reason = $3' : '';
    const rows = returningRows<{ number: number }>(
      await manager.query(
        `UPDATE discussion_posts SET ${column}_at = now(), ${column}_by_id = $2${reason} WHERE id = $1 AND ${column}_at IS NULL RETURNING number`,
        removal.state === 'hidden' ? [postId, removal.byId, removal.reason] : [postId, removal.byId],
      ),
    );
    return rows[0]?.number;
  }

  /** Brings back a hidden or deleted post; answers whether it was removed. */
  async restore(manager: EntityManager, postId: string): Promise<boolean> {
    const rows = returningRows(
      await manager.query(
        `UPDATE discussion_posts SET hidden_at = NULL, hidden_by_id = NULL, hidden_reason = NULL, deleted_at = NULL, deleted_by_id = NULL
        WHERE id = $1 AND (hidden_at IS NOT NULL OR deleted_at IS NOT NULL) RETURNING id`,
        [postId],
      ),
    );
    return rows.length > 0;
  }
}
