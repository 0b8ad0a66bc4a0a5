import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonRef } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import type { ConversationKind } from './conversation.entity';

/** How the starter stands towards one person they want to talk to. */
export interface Reachability {
  id: string;
  /** They share a community, or one accepted the other's contact request. */
  reachable: boolean;
  /** Either has blocked the other. */
  blocked: boolean;
}

/** A conversation the viewer is in, with the engine's thread summary and their reading state. */
export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  post_count: number;
  last_post_at: Date;
  last_read_number: number;
  last_post: { author_id: string; author_name: string; raw: string; created_at: string } | null;
}

/** The two ids of a one-to-one in a fixed order, so the pair has one key. */
export const pairKey = (a: string, b: string): string => [a, b].sort().join(':');

/**
 * Conversations and their participants. The engine's data (thread summaries, reading state, latest
 * posts) comes through the views it publishes; contacts' blocks and accepted requests likewise.
 */
@Injectable()
export class ConversationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    conversation: { threadId: string; kind: ConversationKind; startedById: string; participantIds: string[] },
  ): Promise<void> {
    const [a, b] = conversation.participantIds;
    await manager.query(
      `INSERT INTO conversations (thread_id, kind, pair_key, started_by_id) VALUES ($1, $2, $3, $4)`,
      [
        conversation.threadId,
        conversation.kind,
        conversation.kind === 'direct' ? pairKey(a!, b!) : null,
        conversation.startedById,
      ],
    );
    await this.addParticipants(manager, conversation.threadId, conversation.participantIds);
  }

  /** Adds people, or brings back those who had left. */
  async addParticipants(manager: EntityManager, threadId: string, userIds: readonly string[]): Promise<void> {
    await manager.query(
      `INSERT INTO conversation_participants (thread_id, user_id) SELECT $1, unnest($2::uuid[])
       ON CONFLICT (thread_id, user_id) DO UPDATE SET left_at = NULL, joined_at = now()
       WHERE conversation_participants.left_at IS NOT NULL`,
      [threadId, userIds],
    );
  }

  /** Ends a participant's access; false when they were not in it. */
  async leave(manager: EntityManager, threadId: string, userId: string): Promise<boolean> {
    const result: unknown = await manager.query(
      `UPDATE conversation_participants SET left_at = now() WHERE thread_id = $1 AND user_id = $2 AND left_at IS NULL RETURNING user_id`,
      [threadId, userId],
    );
    return returningRows(result).length > 0;
  }

  /** Takes the pair's lock for this transaction, then finds their one-to-one. */
  async lockDirect(manager: EntityManager, a: string, b: string): Promise<string | null> {
    const key = pairKey(a, b);
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`conversation:${key}`]);
    const rows: { thread_id: string }[] = await manager.query(
      'SELECT thread_id FROM conversations WHERE pair_key = $1',
      [key],
    );
    return rows[0]?.thread_id ?? null;
  }

  /** The viewer's standing in one conversation: null when they are not (or no longer) in it. */
  async standing(threadId: string, userId: string): Promise<{ kind: ConversationKind; blocked: boolean } | null> {
    const rows: { kind: ConversationKind; blocked: boolean }[] = await this.dataSource.query(
      `SELECT c.kind,
              EXISTS (SELECT 1 FROM conversation_participants o JOIN person_blocks b
                        ON (b.user_id = $2 AND b.blocked_user_id = o.user_id) OR (b.user_id = o.user_id AND b.blocked_user_id = $2)
                       WHERE o.thread_id = c.thread_id AND o.user_id <> $2) AS blocked
         FROM conversations c JOIN conversation_participants me ON me.thread_id = c.thread_id AND me.user_id = $2 AND me.left_at IS NULL
        WHERE c.thread_id = $1`,
      [threadId, userId],
    );
    return rows[0] ?? null;
  }

  async kindOf(threadId: string): Promise<ConversationKind> {
    const rows: { kind: ConversationKind }[] = await this.dataSource.query(
      'SELECT kind FROM conversations WHERE thread_id = $1',
      [threadId],
    );
    return rows[0]?.kind ?? 'group';
  }

  /** Everyone in the conversation now, by name. */
  async participants(threadId: string, manager: EntityManager = this.dataSource.manager): Promise<PersonRef[]> {
    return manager.query(
      `SELECT u.id, u.display_name AS "displayName" FROM conversation_participants cp JOIN people u ON u.id = cp.user_id
        WHERE cp.thread_id = $1 AND cp.left_at IS NULL ORDER BY cp.joined_at, u.display_name`,
      [threadId],
    );
  }

  async participantIds(manager: EntityManager, threadId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      'SELECT user_id FROM conversation_participants WHERE thread_id = $1 AND left_at IS NULL',
      [threadId],
    );
    return rows.map((r) => r.user_id);
  }

  /** Whether the starter may talk to each person: a shared community or an accepted contact, and no block. */
  async reachability(starterId: string, userIds: readonly string[]): Promise<Reachability[]> {
    return this.dataSource.query(
      `SELECT u.id,
              (EXISTS (SELECT 1 FROM community_memberships a JOIN community_memberships b ON b.community_id = a.community_id
                        WHERE a.user_id = $1 AND b.user_id = u.id)
               OR EXISTS (SELECT 1 FROM accepted_contacts c WHERE c.user_id = $1 AND c.contact_id = u.id)) AS reachable,
              EXISTS (SELECT 1 FROM person_blocks b
                       WHERE (b.user_id = $1 AND b.blocked_user_id = u.id) OR (b.user_id = u.id AND b.blocked_user_id = $1)) AS blocked
         FROM people u WHERE u.id = ANY($2::uuid[])`,
      [starterId, userIds],
    );
  }

  /** The viewer's conversations, unread first, then the most recent. */
  async listFor(userId: string): Promise<ConversationRow[]> {
    return this.dataSource.query(
      `SELECT c.thread_id AS id, c.kind, t.post_count, t.last_post_at, COALESCE(r.last_read_number, 0) AS last_read_number,
              (SELECT json_build_object('author_id', lp.author_id, 'author_name', a.display_name, 'raw', left(lp.raw, 400), 'created_at', lp.created_at)
                 FROM discussion_latest_posts lp JOIN people a ON a.id = lp.author_id WHERE lp.thread_id = c.thread_id) AS last_post
         FROM conversation_participants me
         JOIN conversations c ON c.thread_id = me.thread_id
         JOIN private_thread_summaries t ON t.thread_id = c.thread_id AND NOT t.deleted
         LEFT JOIN discussion_reading r ON r.thread_id = c.thread_id AND r.user_id = $1
        WHERE me.user_id = $1 AND me.left_at IS NULL
        ORDER BY (t.post_count > COALESCE(r.last_read_number, 0)) DESC, t.last_post_at DESC
        LIMIT 200`,
      [userId],
    );
  }

  /** The others in each of these conversations, by conversation. */
  async othersIn(threadIds: readonly string[], userId: string): Promise<Map<string, PersonRef[]>> {
    const rows: { thread_id: string; id: string; displayName: string }[] = await this.dataSource.query(
      `SELECT cp.thread_id, u.id, u.display_name AS "displayName" FROM conversation_participants cp JOIN people u ON u.id = cp.user_id
        WHERE cp.thread_id = ANY($1::uuid[]) AND cp.user_id <> $2 AND cp.left_at IS NULL ORDER BY cp.joined_at, u.display_name`,
      [threadIds, userId],
    );
    const byThread = new Map<string, PersonRef[]>();
    for (const { thread_id, ...person } of rows) byThread.set(thread_id, [...(byThread.get(thread_id) ?? []), person]);
    return byThread;
  }
}
