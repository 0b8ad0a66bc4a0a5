import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../accounts';

/**
 * A person's private feed link. The token itself is never stored in the clear: `token_hash`
 * (SHA-256) finds it, `token_sealed` (SecretBox) lets its owner see and copy it again. One live
 * token per person (partial unique index, created by hand in the migration); revoking sets
 * `revoked_at`, and a new link is a new row.
 */
@Entity({ name: 'feed_tokens' })
@Unique('uq_feed_tokens_token_hash', ['tokenHash'])
@Index('uq_feed_tokens_live_user_id', { synchronize: false })
export class FeedTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_feed_tokens' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_feed_tokens_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'text' })
  tokenSealed: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
