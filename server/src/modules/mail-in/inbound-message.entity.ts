import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

export const INBOUND_OUTCOMES = ['posted', 'rejected'] as const;
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

/**
 * A reply by email already dealt with, by a hash of its Message-ID: mail is delivered at least
 * once, so a second delivery of the same message finds this row and posts (or explains) nothing.
 * Holds ids and a reason code only, never the message.
 */
@Entity({ name: 'inbound_messages' })
@Index('ix_inbound_messages_received_at', ['receivedAt'])
export class InboundMessageEntity {
  /** SHA-256 (hex) of the Message-ID, or of the whole message when it has none. */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_inbound_messages' })
  messageHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: InboundOutcome;

  /** Why it was not posted (`wrong_sender`, `no_access`, `empty`, …); null when posted. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
