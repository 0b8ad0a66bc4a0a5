import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Draft } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';

interface DraftRow {
  key: string;
  title: string | null;
  raw: string;
  reply_to_post_id: string | null;
  updated_at: Date;
}

const toDraft = (row: DraftRow): Draft => ({
  key: row.key,
  title: row.title,
  raw: row.raw,
  replyToPostId: row.reply_to_post_id,
  updatedAt: row.updated_at.toISOString(),
});

/** A person's drafts, one per place (`discussion_drafts`). */
@Injectable()
export class DraftsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(userId: string, key: string): Promise<Draft | null> {
    const rows: DraftRow[] = await this.dataSource.query(
      'SELECT key, title, raw, reply_to_post_id, updated_at FROM discussion_drafts WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    return rows[0] ? toDraft(rows[0]) : null;
  }

  async save(
    userId: string,
    key: string,
    draft: { title: string | null; raw: string; replyToPostId: string | null },
  ): Promise<Draft> {
    const rows: DraftRow[] = await this.dataSource.query(
      `INSERT INTO discussion_drafts (user_id, key, title, raw, reply_to_post_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, key) DO UPDATE SET title = EXCLUDED.title, raw = EXCLUDED.raw, reply_to_post_id = EXCLUDED.reply_to_post_id, updated_at = now()
       RETURNING key, title, raw, reply_to_post_id, updated_at`,
      [userId, key, draft.title, draft.raw, draft.replyToPostId],
    );
    return toDraft(rows[0]!);
  }

  /** Removes a draft, inside the transaction that published its text when one is given. */
  async remove(userId: string, key: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('DELETE FROM discussion_drafts WHERE user_id = $1 AND key = $2', [userId, key]);
  }
}
