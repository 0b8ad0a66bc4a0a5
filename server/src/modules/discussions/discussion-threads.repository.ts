import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { streams, type WatchLevel } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { StartedThread } from './discussion-type-registry';
import type { DiscussionType } from './discussion-thread.entity';
import { preparedQuery } from '../../infrastructure/database/prepared-query';

/** A thread with the names of its author and last poster and one viewer's reading state. */
export interface ThreadRow {
  id: string;
  type: DiscussionType;
  /** Null for a thread in no community (a conversation). */
  community_id: string | null;
  author_id: string;
  author_name: string;
  title: string;
  tags: string[];
  post_count: number;
  created_at: Date;
  last_post_at: Date;
  last_poster_id: string;
  last_poster_name: string;
  pinned_at: Date | null;
  locked_at: Date | null;
  accepted_post_id: string | null;
  deleted_at: Date | null;
  stream_seq: string | null;
  last_read_number: number | null;
  watch_level: WatchLevel | null;
}

/** What authors and moderators change about a thread as a whole; undefined leaves a field alone. */
export interface ThreadChanges {
  title?: string;
  tags?: string[];
  pinned?: boolean;
  locked?: boolean;
}

/** The thread and reader tables, in the engine's own words. Writers take the caller's transaction. */
@Injectable()
export class DiscussionThreadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, thread: StartedThread): Promise<void> {
    await manager.query(
      `INSERT INTO discussion_threads (id, kind, community_id, author_id, last_poster_id, title, tags) VALUES ($1, $2, $3, $4, $4, $5, $6)`,
      [thread.threadId, thread.type, thread.communityId, thread.authorId, thread.title, thread.tags],
    );
  }

  /** The thread with its stream head and the viewer's reading state, in one indexed query. */
  async findForViewer(threadId: string, viewerId: string | null): Promise<ThreadRow | undefined> {
    const rows = await preparedQuery<ThreadRow>(
      this.dataSource,
      'discussions.thread-for-viewer',
      `SELECT t.id, t.kind AS type, t.community_id, t.author_id, a.display_name AS author_name, t.title, t.tags, t.post_count,
              t.created_at, t.last_post_at, t.last_poster_id, lp.display_name AS last_poster_name, t.pinned_at, t.locked_at,
              t.accepted_post_id, t.deleted_at, sh.seq AS stream_seq, r.last_read_number, r.level AS watch_level
         FROM discussion_threads t
         JOIN people a ON a.id = t.author_id
         JOIN people lp ON lp.id = t.last_poster_id
         LEFT JOIN stream_positions sh ON sh.stream = $3
         LEFT JOIN thread_readers r ON r.thread_id = t.id AND r.user_id = $2
        WHERE t.id = $1`,
      [threadId, viewerId, streams.thread(threadId)],
    );
    return rows[0];
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

  async setWatchLevel(userId: string, threadId: string, level: WatchLevel): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO thread_readers (user_id, thread_id, level) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, thread_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [userId, threadId, level],
    );
  }

  async setAcceptedAnswer(manager: EntityManager, threadId: string, postId: string | null): Promise<void> {
    await manager.query('UPDATE discussion_threads SET accepted_post_id = $2, updated_at = now() WHERE id = $1', [
      threadId,
      postId,
    ]);
  }

  /** Title and tags as given; pinning or locking keeps the first time it happened. */
  async change(manager: EntityManager, threadId: string, changes: ThreadChanges): Promise<void> {
    await manager.query(
      `UPDATE discussion_threads SET title = COALESCE($2, title), tags = COALESCE($3, tags),
              pinned_at = CASE WHEN $4::boolean IS NULL THEN pinned_at WHEN $4 THEN COALESCE(pinned_at, now()) ELSE NULL END,
              locked_at = CASE WHEN $5::boolean IS NULL THEN locked_at WHEN $5 THEN COALESCE(locked_at, now()) ELSE NULL END,
              updated_at = now()
        WHERE id = $1`,
      [threadId, changes.title ?? null, changes.tags ?? null, changes.pinned ?? null, changes.locked ?? null],
    );
  }

  async setDeleted(manager: EntityManager, threadId: string, deleted: boolean): Promise<void> {
    await manager.query(
      `UPDATE discussion_threads SET deleted_at = ${deleted ? 'now()' : 'NULL'}, updated_at = now() WHERE id = $1`,
      [threadId],
    );
  }
}
