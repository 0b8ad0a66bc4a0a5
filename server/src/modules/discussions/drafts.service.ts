import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Draft, DraftResult, SaveDraftRequest } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';

interface DraftRow {
  key: string;
  title: string | null;
  raw: string;
  reply_to_post_id: string | null;
  updated_at: Date;
}

const toDraft = (row: DraftRow): Draft => ({ key: row.key, title: row.title, raw: row.raw, replyToPostId: row.reply_to_post_id, updatedAt: row.updated_at.toISOString() });

/**
 * A person's unfinished writing, one per place. Only its owner ever reads it, so no access check
 * on the place is needed: a draft for a thread you can no longer read is just your own text.
 */
@Injectable()
export class DraftsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(key: string, actor: Actor): Promise<DraftResult> {
    const rows: DraftRow[] = await this.dataSource.query('SELECT key, title, raw, reply_to_post_id, updated_at FROM discussion_drafts WHERE user_id = $1 AND key = $2', [actor.userId, key]);
    return { draft: rows[0] ? toDraft(rows[0]) : null };
  }

  async save(key: string, actor: Actor, body: SaveDraftRequest): Promise<Draft> {
    const rows: DraftRow[] = await this.dataSource.query(
      `INSERT INTO discussion_drafts (user_id, key, title, raw, reply_to_post_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, key) DO UPDATE SET title = EXCLUDED.title, raw = EXCLUDED.raw, reply_to_post_id = EXCLUDED.reply_to_post_id, updated_at = now()
       RETURNING key, title, raw, reply_to_post_id, updated_at`,
      [actor.userId, key, body.title ?? null, body.raw, body.replyToPostId ?? null],
    );
    return toDraft(rows[0]!);
  }

  async discard(key: string, actor: Actor): Promise<void> {
    await this.remove(actor.userId, key);
  }

  /** Removes a draft, inside the transaction that published its text when one is given. */
  async remove(userId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('DELETE FROM discussion_drafts WHERE user_id = $1 AND key = $2', [userId, key]);
  }
}
