import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { FeedTokenEntity } from './feed-token.entity';

export interface FeedCommunityRow {
  slug: string;
  name: string;
}

/** The private feed tokens, and the communities a person's token covers. */
@Injectable()
export class FeedTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  live(userId: string): Promise<FeedTokenEntity | null> {
    return this.dataSource.getRepository(FeedTokenEntity).findOne({ where: { userId, revokedAt: IsNull() } });
  }

  /** Revokes the person's live token, if any. */
  async revoke(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE feed_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [
      userId,
    ]);
  }

  async insert(manager: EntityManager, row: { userId: string; tokenHash: string; tokenSealed: string }) {
    return manager.getRepository(FeedTokenEntity).save(manager.getRepository(FeedTokenEntity).create(row));
  }

  /** Communities the person belongs to whose forum is on, by name: what their private link is for. */
  memberForums(userId: string): Promise<FeedCommunityRow[]> {
    return this.dataSource.query(
      `SELECT c.slug, c.name FROM community_access($1::uuid, false) a
         JOIN community_directory c ON c.id = a.community_id
        WHERE a.role IS NOT NULL AND a.readable AND 'forum' = ANY(a.tools)
        ORDER BY c.name, c.id LIMIT 200`,
      [userId],
    );
  }
}
