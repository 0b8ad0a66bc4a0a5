import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The log behind real-time streams. Each event gets the next sequence number of its stream in
 * the same transaction as the change it reports, so a reconnecting client can be given exactly
 * what it missed. Kept for a limited time; older gaps make the client reload instead.
 */
@Entity({ name: 'stream_events' })
@Index('ix_stream_events_occurred_at', ['occurredAt'])
export class StreamEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 60, primaryKeyConstraintName: 'pk_stream_events' })
  stream: string;

  /** bigint arrives from pg as a string. */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_stream_events' })
  seq: string;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
