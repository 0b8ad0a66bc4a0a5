import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A create request already carried out, by the key its client sent. Inserted in the same
 * transaction as what it created: a retry, or a second click racing the first, finds the row
 * and is answered with the same resource instead of creating another.
 */
@Entity({ name: 'idempotency_keys' })
@Index('ix_idempotency_keys_created_at', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_idempotency_keys' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_idempotency_keys' })
  key: string;

  /** What kind of request used the key (e.g. "post.create"); the same key on another kind is refused. */
  @Column({ type: 'varchar', length: 40 })
  scope: string;

  @Column({ type: 'uuid' })
  resourceId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
