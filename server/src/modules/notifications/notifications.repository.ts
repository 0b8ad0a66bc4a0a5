import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreatedNotice, FannedOutNotice, NoticeForEmail, NoticeInput } from './notice.types';

interface CreatedRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  thread_id: string | null;
  community_id: string | null;
  post_number: number | null;
  sensitive: boolean;
}

interface EmailRow extends CreatedRow {
  group_key: string;
  post_id: string | null;
  subject_id: string | null;
  actor_ids: string[];
  actor_count: number;
  event_count: number;
  created_at: Date;
  updated_at: Date;
  seen: string;
}

/** Actors kept on a notice, most recent first. */
export const MAX_ACTORS = 5;

/**
 * The `notifications` table and its inbox. Fan-out is one statement per chunk of recipients: a new
 * event joins each person's unread notice for the same thing (the partial unique index), or starts
 * one. A redelivered event changes nothing: handlers record the outbox event ids they handled
 * (`notification_inbox`) in the same transaction and skip one they already have.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Creates or grows each person's notice and answers it with their unread count after it, all in
   * one statement (the count reads the snapshot before the insert, plus the row it started).
   * Callers pass recipients in chunks: at 40,000 one statement would build 40,000 of everything.
   */
  async fanOut(manager: EntityManager, input: NoticeInput, userIds: string[]): Promise<FannedOutNotice[]> {
    if (userIds.length === 0) return [];
    const rows = (await manager.query(
      `WITH changed AS (
         INSERT INTO notifications AS n (user_id, kind, group_key, community_id, thread_id, post_id, post_number,
                                         subject_id, actor_ids, actor_count, sensitive)
         SELECT u.id, $2::varchar, $3::varchar, $4::uuid, $5::uuid, $6::uuid, $7::int, $8::uuid,
                CASE WHEN $9::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$9::uuid] END,
                CASE WHEN $9::uuid IS NULL THEN 0 ELSE 1 END, $10::boolean
           FROM (SELECT DISTINCT unnest($1::uuid[]) AS id) u
         ON CONFLICT (user_id, group_key) WHERE read_at IS NULL DO UPDATE SET
                kind = EXCLUDED.kind,
                post_id = COALESCE(EXCLUDED.post_id, n.post_id),
                post_number = COALESCE(EXCLUDED.post_number, n.post_number),
                subject_id = COALESCE(EXCLUDED.subject_id, n.subject_id),
                actor_ids = (EXCLUDED.actor_ids || array_remove(n.actor_ids, $9::uuid))[1:${MAX_ACTORS}],
                actor_count = n.actor_count + CASE WHEN $9::uuid IS NULL OR $9::uuid = ANY(n.actor_ids) THEN 0 ELSE 1 END,
                event_count = n.event_count + 1,
                sensitive = n.sensitive OR EXCLUDED.sensitive,
                updated_at = now(),
                -- What grew since the last email is news again for the email channel.
                emailed_at = NULL
         RETURNING n.id, n.user_id, n.kind, n.thread_id, n.community_id, n.post_number, n.sensitive,
                   (n.xmax = 0) AS started
       )
       SELECT c.id, c.user_id, c.kind, c.thread_id, c.community_id, c.post_number, c.sensitive,
              (SELECT count(*) FROM notifications x WHERE x.user_id = c.user_id AND x.read_at IS NULL)::int
                + CASE WHEN c.started THEN 1 ELSE 0 END AS unread
         FROM changed c`,
      [
        userIds,
        input.kind,
        input.groupKey,
        input.communityId ?? null,
        input.threadId ?? null,
        input.postId ?? null,
        input.postNumber ?? null,
        input.subjectId ?? null,
        input.actorId ?? null,
        input.sensitive ?? false,
      ],
    )) as (CreatedRow & { unread: number })[];
    return rows.map((r) => ({ ...toCreated(r), unreadCount: r.unread }));
  }

  /**
   * Records that this module handled an outbox event, in the transaction of the notices it made:
   * false when it already had (a redelivery), so the handler does nothing again.
   */
  async firstDelivery(manager: EntityManager, eventId: string): Promise<boolean> {
    const rows = (await manager.query(
      'INSERT INTO notification_inbox (event_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING event_id',
      [eventId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Forgets handled events older than the outbox could redeliver. */
  async pruneInbox(olderThanDays: number): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      'DELETE FROM notification_inbox WHERE handled_at < now() - make_interval(days => $1)',
      [olderThanDays],
    )) as [unknown, number];
    return affected;
  }

  /** Unread notices per person, for the stream payload. */
  async unreadCounts(manager: EntityManager, userIds: string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT u.id AS user_id, (SELECT count(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)::int AS unread
         FROM (SELECT DISTINCT unnest($1::uuid[]) AS id) u`,
      [userIds],
    )) as { user_id: string; unread: number }[];
    return new Map(rows.map((r) => [r.user_id, r.unread]));
  }

  async unreadCount(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return (await this.unreadCounts(manager, [userId])).get(userId) ?? 0;
  }

  async pendingForEmail(userId: string, threadId: string | null, groupKey?: string): Promise<NoticeForEmail[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, user_id, kind, group_key, thread_id, community_id, post_id, post_number, subject_id,
              actor_ids, actor_count, event_count, sensitive, created_at, updated_at,
              updated_at::text AS seen
         FROM notifications
        WHERE user_id = $1 AND read_at IS NULL AND emailed_at IS NULL
          AND (CASE WHEN $2::uuid IS NOT NULL THEN thread_id = $2::uuid ELSE group_key = $3 END)
        ORDER BY updated_at`,
      [userId, threadId, groupKey ?? null],
    )) as EmailRow[];
    return rows.map((r) => ({
      ...toCreated(r),
      groupKey: r.group_key,
      postId: r.post_id,
      subjectId: r.subject_id,
      actorIds: r.actor_ids,
      actorCount: r.actor_count,
      eventCount: r.event_count,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      seen: r.seen,
    }));
  }

  /**
   * Marks emailed only the notices still as the email read them: one an event joined meanwhile
   * (its `updated_at` moved) stays pending, so that event is emailed next time rather than never.
   */
  async markEmailed(
    notices: Pick<NoticeForEmail, 'id' | 'seen'>[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    if (notices.length === 0) return 0;
    const [, affected] = (await manager.query(
      `UPDATE notifications n SET emailed_at = now()
         FROM unnest($1::uuid[], $2::timestamptz[]) AS s(id, seen)
        WHERE n.id = s.id AND n.updated_at = s.seen`,
      [notices.map((n) => n.id), notices.map((n) => n.seen)],
    )) as [unknown, number];
    return affected;
  }

  /** Marks some of a person's notices read; answers how many changed. */
  async markRead(manager: EntityManager, userId: string, ids: string[]): Promise<number> {
    const [, affected] = (await manager.query(
      'UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL',
      [userId, ids],
    )) as [unknown, number];
    return affected;
  }

  async markAllRead(manager: EntityManager, userId: string, communityId: string | null): Promise<number> {
    const [, affected] = (await manager.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid IS NULL OR community_id = $2::uuid)`,
      [userId, communityId],
    )) as [unknown, number];
    return affected;
  }

  /** Reading a thread up to a post reads its notices that point no further. */
  async markThreadRead(manager: EntityManager, userId: string, threadId: string, upTo: number): Promise<number> {
    const [, affected] = (await manager.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND thread_id = $2 AND read_at IS NULL AND (post_number IS NULL OR post_number <= $3)`,
      [userId, threadId, upTo],
    )) as [unknown, number];
    return affected;
  }
}

function toCreated(r: CreatedRow): CreatedNotice {
  return {
    id: r.id,
    userId: r.user_id,
    kind: r.kind,
    threadId: r.thread_id,
    communityId: r.community_id,
    postNumber: r.post_number,
    sensitive: r.sensitive,
  };
}
