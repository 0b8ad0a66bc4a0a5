import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event recorded in the same transaction as the change it describes, and delivered
 * to subscribers (search, notifications, real-time, webhooks) after commit by the dispatcher.
 */
@Entity({ name: 'outbox_events' })
@Index('ix_outbox_events_pending', ['availableAt', 'id'], { where: 'dispatched_at IS NULL' })
export class OutboxEventEntity {
  /** Monotonic: gives a stable delivery order. bigint arrives from pg as a string. */
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_outbox_events',
  })
  id: string;

  @Column({ type: 'text' })
  type: string;

  /** Ids and facts subscribers need; never free text that could identify a pupil or trainee. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  /** When the next delivery attempt may happen (moves forward on failure, with backoff). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
