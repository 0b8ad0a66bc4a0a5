import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The outbox events notifications has handled, written in the transaction of the notices they
 * made: a redelivered event finds its id here and changes nothing (ADR 0017). Pruned daily.
 */
@Entity({ name: 'notification_inbox' })
@Index('ix_notification_inbox_handled_at', ['handledAt'])
export class NotificationInboxEntity {
  /** `outbox_events.id` (a bigint). */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'pk_notification_inbox' })
  eventId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  handledAt: Date;
}
