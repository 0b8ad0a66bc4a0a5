import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PARTNERSHIP_REF_COLUMNS, PARTNERSHIP_REF_JOINS, type PartnershipRefRow } from '../communities';

/** A thread the person may read now, with what an email says about where it is. */
export interface AlertThreadRow extends PartnershipRefRow {
  thread_id: string;
  title: string;
  sensitive: boolean;
  community_id: string;
  community_slug: string;
  community_name: string;
}

export interface AlertPostRow {
  number: number;
  raw: string;
  author_name: string;
  /** Of all the person's unread posts in the thread (not only those returned): how many, and the first. */
  unread_count: number;
  first_unread: number;
}

/**
 * SQL: the forum threads `viewer` may read now — the one visibility rule (`community_access`), the
 * forum tool switched on, the thread not deleted. Joins `discussion_thread_summaries t` and the
 * community `c`; used for immediate emails, digests and the unsubscribe page alike.
 */
export const READABLE_THREADS = (viewer: string) => `discussion_thread_summaries t
    JOIN community_access(${viewer}, false) a ON a.community_id = t.community_id
         AND a.readable AND 'forum' = ANY(a.tools) AND t.type = 'forum' AND NOT t.deleted
    JOIN community_directory c ON c.id = t.community_id
    ${PARTNERSHIP_REF_JOINS}`;

/**
 * SQL: whether thread `t` is marked sensitive (its title, text and authors never leave the app),
 * read from any one of its posts in the view notices publish.
 */
export const SENSITIVE = `COALESCE((SELECT np.sensitive FROM notification_posts np WHERE np.thread_id = t.thread_id LIMIT 1), false)`;

/** Threads and posts as email alerts read them: only through published views and the one access rule. */
@Injectable()
export class AlertThreadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Of `threadIds`, the ones `userId` may still read, with their community context. */
  async readable(userId: string, threadIds: string[]): Promise<AlertThreadRow[]> {
    if (threadIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT t.thread_id, t.title, ${SENSITIVE} AS sensitive, c.id AS community_id, c.slug AS community_slug,
              c.name AS community_name, ${PARTNERSHIP_REF_COLUMNS}
         FROM ${READABLE_THREADS('$1')}
        WHERE t.thread_id = ANY($2::uuid[])`,
      [userId, threadIds],
    );
  }

  /** The community's name, if `userId` may still read it (for the unsubscribe page). */
  async readableCommunityName(userId: string, communityId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT c.name FROM community_access($1, false) a JOIN community_directory c ON c.id = a.community_id
        WHERE a.community_id = $2 AND a.readable`,
      [userId, communityId],
    );
    return rows[0]?.name ?? null;
  }

  /** The newest posts the person has not read in a thread (not their own), oldest first, with the totals. */
  async unreadPosts(userId: string, threadId: string, limit = 5): Promise<AlertPostRow[]> {
    const rows: AlertPostRow[] = await this.dataSource.query(
      `SELECT sp.number, sp.raw, pe.display_name AS author_name,
              (count(*) OVER ())::int AS unread_count, (min(sp.number) OVER ())::int AS first_unread
         FROM searchable_posts sp
         JOIN people pe ON pe.id = sp.author_id
         LEFT JOIN discussion_reading r ON r.user_id = $1 AND r.thread_id = sp.thread_id
        WHERE sp.thread_id = $2 AND sp.hidden_at IS NULL AND sp.deleted_at IS NULL
          AND sp.number > COALESCE(r.last_read_number, 0) AND sp.author_id <> $1
        ORDER BY sp.number DESC LIMIT $3`,
      [userId, threadId, limit],
    );
    return rows.reverse();
  }

  /** The sign-in address and name of each of a page of people (digests), to write to. */
  async recipients(userIds: string[]): Promise<Map<string, { email: string; display_name: string }>> {
    const rows: { id: string; email: string; display_name: string }[] = await this.dataSource.query(
      `SELECT id, email, display_name FROM people WHERE id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map(({ id, ...recipient }) => [id, recipient]));
  }

  /** The person's sign-in address and name, to write to. */
  async recipient(userId: string): Promise<{ email: string; display_name: string } | null> {
    const rows: { email: string; display_name: string }[] = await this.dataSource.query(
      `SELECT email, display_name FROM people WHERE id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }
}
