import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WatchLevel } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';

/** A post as notices need it (from discussions' `notification_posts`). Raw is read for quotes only, never logged. */
export interface PostFacts {
  post_id: string;
  thread_id: string;
  community_id: string | null;
  number: number;
  author_id: string;
  reply_to_author_id: string | null;
  sensitive: boolean;
  visible: boolean;
  raw: string;
}

export interface Candidate {
  user_id: string;
  thread_level: WatchLevel | null;
  category_level: WatchLevel | null;
}

/**
 * What notices are decided from, read through other modules' published views: the post, who it
 * mentions and quotes, and who watches its thread, already narrowed to people who may read the
 * community now and have not blocked the actor.
 */
@Injectable()
export class NotificationFactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async post(postId: string, manager: EntityManager = this.dataSource.manager): Promise<PostFacts | undefined> {
    const [row] = (await manager.query(
      `SELECT post_id, thread_id, community_id, number, author_id, reply_to_author_id, sensitive, visible, raw
         FROM notification_posts WHERE post_id = $1`,
      [postId],
    )) as PostFacts[];
    return row;
  }

  async mentioned(manager: EntityManager, postId: string): Promise<string[]> {
    const rows = (await manager.query('SELECT user_id FROM post_mention_targets WHERE post_id = $1', [postId])) as {
      user_id: string;
    }[];
    return rows.map((r) => r.user_id);
  }

  async authorsOf(manager: EntityManager, threadId: string, numbers: number[]): Promise<string[]> {
    if (numbers.length === 0) return [];
    const rows = (await manager.query(
      'SELECT DISTINCT author_id FROM notification_posts WHERE thread_id = $1 AND number = ANY($2::int[]) AND visible',
      [threadId, numbers],
    )) as { author_id: string }[];
    return rows.map((r) => r.author_id);
  }

  /**
   * Watchers of the thread (its own level or its category's) plus `extra` people, with both levels;
   * only those who may read the community now, are not the actor, and have not blocked the actor.
   */
  async candidates(
    manager: EntityManager,
    thread: { threadId: string; communityId: string },
    actorId: string,
    extra: string[],
  ): Promise<Candidate[]> {
    return (await manager.query(
      `SELECT u.user_id, r.level AS thread_level, w.level AS category_level
         FROM (SELECT user_id FROM discussion_reading WHERE thread_id = $1 AND level IS NOT NULL
               UNION SELECT user_id FROM forum_category_watchers WHERE thread_id = $1
               UNION SELECT unnest($4::uuid[])) u
         LEFT JOIN discussion_reading r ON r.thread_id = $1 AND r.user_id = u.user_id
         LEFT JOIN forum_category_watchers w ON w.thread_id = $1 AND w.user_id = u.user_id
        WHERE u.user_id <> $3 AND may_read_community(u.user_id, $2)
          AND NOT EXISTS (SELECT 1 FROM person_blocks b WHERE b.user_id = u.user_id AND b.blocked_user_id = $3)`,
      [thread.threadId, thread.communityId, actorId, extra],
    )) as Candidate[];
  }

  async contactRequest(
    requestId: string,
  ): Promise<{ sender_id: string; recipient_id: string; status: string } | undefined> {
    const [row] = (await this.dataSource.query(
      'SELECT sender_id, recipient_id, status FROM contact_request_parties WHERE request_id = $1',
      [requestId],
    )) as { sender_id: string; recipient_id: string; status: string }[];
    return row;
  }

  /**
   * Who sent an invitation, while it is still open, was sent to this person's address, and they are
   * not a member yet; undefined otherwise (nothing to tell).
   */
  async openInvitation(
    invitationId: string,
    userId: string,
  ): Promise<{ invited_by_user_id: string | null } | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT i.invited_by_user_id FROM open_invitations i JOIN people p ON lower(p.email) = i.email
        WHERE i.id = $1 AND p.id = $2
          AND NOT EXISTS (SELECT 1 FROM community_memberships m WHERE m.community_id = i.community_id AND m.user_id = $2)`,
      [invitationId, userId],
    )) as { invited_by_user_id: string | null }[];
    return row;
  }

  /** Whether a person has blocked another (blocked people never notify). */
  async blocked(userId: string, actorId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM person_blocks WHERE user_id = $1 AND blocked_user_id = $2',
      [userId, actorId],
    )) as unknown[];
    return rows.length > 0;
  }
}
