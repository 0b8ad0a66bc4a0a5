import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  streams,
  type Notification,
  type NotificationBell,
  type NotificationPage,
  type NotificationsQuery,
  type UnreadCount,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { toPartnershipRef } from '../communities';
import { NotificationsListRepository, type NotificationRow } from './notifications-list.repository';
import { NotificationsRepository } from './notifications.repository';
import { TransactionalNotifier } from './notifier';

/** The bell and the notifications page: list, count, mark read. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly list: NotificationsListRepository,
    private readonly notices: NotificationsRepository,
    private readonly notifier: TransactionalNotifier,
    private readonly publisher: StreamPublisher,
  ) {}

  async page(userId: string, query: NotificationsQuery): Promise<NotificationPage> {
    const rows = await this.list.page(userId, query);
    const items = rows.slice(0, query.limit).map(toNotification);
    const last = rows.length > query.limit ? items[items.length - 1] : undefined;
    return {
      items,
      unreadCount: await this.notices.unreadCount(userId),
      nextCursor: last ? `${last.updatedAt}_${last.id}` : null,
    };
  }

  /** The stream position is read first: a change after it is replayed to the bell, never missed. */
  async bell(userId: string): Promise<NotificationBell> {
    const streamSeq = await this.publisher.headSeq(streams.user(userId));
    return { ...(await this.unreadCount(userId)), streamSeq };
  }

  async unreadCount(userId: string): Promise<UnreadCount> {
    return { unreadCount: await this.notices.unreadCount(userId) };
  }

  markRead(userId: string, ids: string[]): Promise<UnreadCount> {
    return this.changeRead(userId, (m) => this.notices.markRead(m, userId, ids));
  }

  markAllRead(userId: string, communityId: string | null): Promise<UnreadCount> {
    return this.changeRead(userId, (m) => this.notices.markAllRead(m, userId, communityId));
  }

  /** Opening a thread up to a post reads its notices; the person's other devices hear the new count. */
  async threadRead(userId: string, threadId: string, upTo: number): Promise<void> {
    await this.changeRead(userId, (m) => this.notices.markThreadRead(m, userId, threadId, upTo));
  }

  private async changeRead(userId: string, change: (m: EntityManager) => Promise<number>): Promise<UnreadCount> {
    await this.dataSource.transaction(async (manager) => {
      if ((await change(manager)) === 0) return;
      const envelopes = await this.notifier.publishCounts(manager, 'notification.read', [userId]);
      this.notifier.afterCommit(manager, envelopes);
    });
    return this.unreadCount(userId);
  }
}

/** Where a notice opens: the post in place, the request, or the community. */
export function noticePath(row: Pick<NotificationRow, 'kind' | 'community_slug' | 'thread_id' | 'post_number'>) {
  const community = row.community_slug ? `/communities/${encodeURIComponent(row.community_slug)}` : null;
  if (community && row.thread_id) {
    return `${community}/forum/t/${row.thread_id}${row.post_number ? `#post-${row.post_number}` : ''}`;
  }
  if (row.kind === 'contact_request' || row.kind === 'contact_answer') return '/contact-requests';
  // The home lists open invitations ("Waiting for you"); the link to accept one is in its email.
  if (row.kind === 'invitation') return '/#waiting';
  return community ?? '/';
}

function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    actors: row.actors ?? [],
    actorCount: row.actor_count,
    eventCount: row.event_count,
    context:
      row.community_id && row.community_slug && row.community_name
        ? {
            community: { id: row.community_id, slug: row.community_slug, name: row.community_name },
            partnership: toPartnershipRef(row),
          }
        : null,
    thread: row.thread_id && row.thread_title ? { id: row.thread_id, title: row.thread_title } : null,
    postNumber: row.post_number,
    sensitive: row.sensitive,
    path: noticePath(row),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    read: row.read_at !== null,
  };
}
