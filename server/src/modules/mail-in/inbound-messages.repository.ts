import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { InboundOutcome } from './inbound-message.entity';

export interface InboundRecord {
  messageHash: string;
  userId: string;
  threadId: string;
  outcome: InboundOutcome;
  reason: string | null;
  postId: string | null;
}

/** Replies by email already dealt with (see `InboundMessageEntity`). */
@Injectable()
export class InboundMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seen(messageHash: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM inbound_messages WHERE message_hash = $1', [
      messageHash,
    ]);
    return rows.length > 0;
  }

  /** True when this call recorded the message; false when a parallel delivery of it got there first. */
  async record(entry: InboundRecord): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO inbound_messages (message_hash, user_id, thread_id, outcome, reason, post_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (message_hash) DO NOTHING RETURNING 1`,
      [entry.messageHash, entry.userId, entry.threadId, entry.outcome, entry.reason, entry.postId],
    );
    return rows.length > 0;
  }
}
