import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsRepository } from './notifications.repository';
import type { NoticeForEmail } from './notice.types';

/** What the email channel reads back at send time (after its batching window). */
@Injectable()
export class NotificationsReader {
  constructor(private readonly repository: NotificationsRepository) {}

  /** Unread, not yet emailed notices of one person about one thread (or one non-thread group). */
  pendingForEmail(userId: string, threadId: string | null, groupKey?: string): Promise<NoticeForEmail[]> {
    return this.repository.pendingForEmail(userId, threadId, groupKey);
  }

  markEmailed(notices: Pick<NoticeForEmail, 'id' | 'seen'>[], manager?: EntityManager): Promise<number> {
    return this.repository.markEmailed(notices, manager);
  }
}
