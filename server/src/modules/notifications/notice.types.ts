import type { NotificationKind } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';

/** What a feature asks the notifier to tell some people (ids and facts only, never text). */
export interface NoticeInput {
  userIds: string[];
  kind: NotificationKind;
  /** The unread notice a new event joins: `reply:<threadId>`, `reaction:<postId>`, `contact:<requestId>`. */
  groupKey: string;
  actorId?: string | null;
  communityId?: string | null;
  threadId?: string | null;
  postId?: string | null;
  postNumber?: number | null;
  subjectId?: string | null;
  sensitive?: boolean;
}

/** A notice created, or grown by a new event, in this transaction. */
export interface CreatedNotice {
  id: string;
  userId: string;
  kind: NotificationKind;
  threadId: string | null;
  communityId: string | null;
  postNumber: number | null;
  sensitive: boolean;
}

/** A notice just created or grown, with its person's unread count after it (for their stream). */
export interface FannedOutNotice extends CreatedNotice {
  unreadCount: number;
}

/** An unread notice not yet emailed, as the email channel reads it back at send time. */
export interface NoticeForEmail extends CreatedNotice {
  groupKey: string;
  postId: string | null;
  subjectId: string | null;
  /** Most recent first, at most five. */
  actorIds: string[];
  actorCount: number;
  eventCount: number;
  createdAt: Date;
  updatedAt: Date;
  /** `updated_at` exactly as read (microseconds): `markEmailed` marks the notice only if unchanged since. */
  seen: string;
}

/** A delivery channel (email alerts): told, in the same transaction, what was just created. */
export interface NotificationChannel {
  noticesCreated(manager: EntityManager, notices: CreatedNotice[]): Promise<void>;
}
