import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FlagReason } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { POST_JOINS, postColumns, type PostRow } from './post-view';

export interface FlagQueueRow extends PostRow {
  thread_title: string;
  flags: { reason: string; note: string | null; flagger_id: string; flagger_name: string; created_at: string }[];
  hidden_by_id: string | null;
  hidden_by_name: string | null;
}

/** The flags of the post `p` matching `condition` (on `fl`), oldest first, as JSON with the flaggers' names. */
const flagsOf = (condition: string) => `
  (SELECT json_agg(json_build_object('reason', fl.reason, 'note', fl.note, 'flagger_id', fl.flagger_id,
                                     'flagger_name', u.display_name, 'created_at', fl.created_at) ORDER BY fl.created_at)
     FROM post_flags fl JOIN people u ON u.id = fl.flagger_id WHERE fl.post_id = p.id AND ${condition})`;

/**
 * Whose queue: a community's (`$1` its id), or with `$1` null the threads in no community (conversations), which
 * platform admins review.
 */
const IN_SCOPE = `(t.community_id = $1 OR ($1::uuid IS NULL AND t.community_id IS NULL))`;

/** A queue item: the post (for viewer `$2`), its thread in the scope `$1`, and who hid it. */
const QUEUE_ITEM = (flags: string) => `
  SELECT ${postColumns('$2')}, t.title AS thread_title, COALESCE(${flags}, '[]'::json) AS flags,
         hb.id AS hidden_by_id, hb.display_name AS hidden_by_name
    FROM discussion_posts p
    JOIN discussion_threads t ON t.id = p.thread_id AND ${IN_SCOPE}
    ${POST_JOINS}
    LEFT JOIN people hb ON hb.id = p.hidden_by_id`;

/** Readers' flags on posts (`post_flags`) and the queue facilitators work through. */
@Injectable()
export class PostFlagsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds a flag; answers false when this person's earlier flag on the post is still open. */
  async add(
    manager: EntityManager,
    flag: { postId: string; flaggerId: string; reason: FlagReason; note: string | null },
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO post_flags (post_id, flagger_id, reason, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT (post_id, flagger_id) WHERE status = 'open' DO NOTHING RETURNING id`,
      [flag.postId, flag.flaggerId, flag.reason, flag.note],
    );
    return inserted.length > 0;
  }

  /** Closes the open flags on a post as upheld or dismissed; answers how many were open. */
  async resolveOpen(
    manager: EntityManager,
    postId: string,
    status: 'upheld' | 'dismissed',
    byId: string,
  ): Promise<number> {
    const closed = returningRows(
      await manager.query(
        `UPDATE post_flags SET status = $3, resolved_at = now(), resolved_by_id = $2 WHERE post_id = $1 AND status = 'open' RETURNING id`,
        [postId, byId, status],
      ),
    );
    return closed.length;
  }

  /** Posts with open flags in a community's discussions (or, for null, in conversations), oldest report first. */
  queue(communityId: string | null, viewerId: string): Promise<FlagQueueRow[]> {
    return this.dataSource.query(
      `${QUEUE_ITEM(flagsOf(`fl.status = 'open'`))}
        WHERE p.id IN (SELECT o.post_id FROM post_flags o WHERE o.status = 'open')
        ORDER BY (SELECT min(o.created_at) FROM post_flags o WHERE o.post_id = p.id AND o.status = 'open') LIMIT 100`,
      [communityId, viewerId],
    );
  }

  /**
   * Posts facilitators hid in a community's discussions (not since deleted), most recently hidden first, each with the
   * flags that hiding upheld (resolved in the same transaction, so at the moment it was hidden).
   */
  hidden(communityId: string, viewerId: string): Promise<FlagQueueRow[]> {
    return this.dataSource.query(
      `${QUEUE_ITEM(flagsOf(`fl.status = 'upheld' AND fl.resolved_at >= p.hidden_at`))}
        WHERE p.hidden_at IS NOT NULL AND p.deleted_at IS NULL AND t.deleted_at IS NULL
        ORDER BY p.hidden_at DESC LIMIT 100`,
      [communityId, viewerId],
    );
  }

  /** Posts with open flags in a community (or, for null, in conversations). */
  async openCount(communityId: string | null): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(DISTINCT fl.post_id)::int AS n FROM post_flags fl JOIN discussion_posts p ON p.id = fl.post_id
         JOIN discussion_threads t ON t.id = p.thread_id WHERE fl.status = 'open' AND ${IN_SCOPE}`,
      [communityId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Whether a post is in a thread of no community and has an open flag: what a platform admin may act on. */
  async openInNoCommunity(postId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM post_flags fl JOIN discussion_posts p ON p.id = fl.post_id
         JOIN discussion_threads t ON t.id = p.thread_id
        WHERE fl.post_id = $1 AND fl.status = 'open' AND t.community_id IS NULL LIMIT 1`,
      [postId],
    );
    return rows.length > 0;
  }
}
