import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind, NotificationsQuery } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { PARTNERSHIP_REF_COLUMNS, PARTNERSHIP_REF_JOINS, type PartnershipRefRow } from '../communities';

export interface NotificationRow extends PartnershipRefRow {
  id: string;
  kind: NotificationKind;
  actors: { id: string; displayName: string }[] | null;
  actor_count: number;
  event_count: number;
  community_id: string | null;
  community_slug: string | null;
  community_name: string | null;
  thread_id: string | null;
  thread_title: string | null;
  post_number: number | null;
  sensitive: boolean;
  created_at: Date;
  updated_at: Date;
  read_at: Date | null;
}

/**
 * A person's notices, newest activity first, with their context (community, partnership and lead
 * provider) and names read now. Access is checked as they are read: a notice about a community
 * the person may no longer read, or a deleted thread, is left out.
 */
@Injectable()
export class NotificationsListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(userId: string, query: NotificationsQuery): Promise<NotificationRow[]> {
    const [at, id] = query.before
      ? [query.before.slice(0, query.before.lastIndexOf('_')), query.before.slice(-36)]
      : [];
    return (await this.dataSource.query(
      `SELECT n.id, n.kind, n.actor_count, n.event_count, n.community_id, n.thread_id, n.post_number, n.sensitive,
              n.created_at, n.updated_at, n.read_at, c.slug AS community_slug, c.name AS community_name,
              t.title AS thread_title, ${PARTNERSHIP_REF_COLUMNS},
              (SELECT json_agg(json_build_object('id', p.id, 'displayName', p.display_name) ORDER BY a.ord)
                 FROM unnest(n.actor_ids) WITH ORDINALITY a(id, ord) JOIN people p ON p.id = a.id) AS actors
         FROM notifications n
         LEFT JOIN community_directory c ON c.id = n.community_id
         ${PARTNERSHIP_REF_JOINS}
         LEFT JOIN discussion_thread_summaries t ON t.thread_id = n.thread_id
        WHERE n.user_id = $1
          AND ($2::boolean = false OR n.read_at IS NULL)
          AND ($3::varchar IS NULL OR n.kind = $3)
          AND ($4::uuid IS NULL OR n.community_id = $4)
          AND ($5::timestamptz IS NULL OR (n.updated_at, n.id) < ($5::timestamptz, $6::uuid))
          -- An invitation names a community the person may not read yet: its inviter chose to tell them.
          AND (n.community_id IS NULL OR n.kind = 'invitation' OR may_read_community($1, n.community_id))
          AND (n.thread_id IS NULL OR (t.thread_id IS NOT NULL AND NOT t.deleted))
        ORDER BY n.updated_at DESC, n.id DESC
        LIMIT $7`,
      [
        userId,
        query.filter === 'unread',
        query.kind ?? null,
        query.communityId ?? null,
        at ?? null,
        id ?? null,
        query.limit + 1,
      ],
    )) as NotificationRow[];
  }
}
