import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only security and moderation log. A database trigger (see the migration) refuses
 * UPDATE and DELETE, so an entry cannot be rewritten by the application.
 */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_subject_user_id_occurred_at', ['subjectUserId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'pk_audit_events',
  })
  id: string;

  /** e.g. "sign_in", "sign_in_failed", "password_changed". */
  @Column({ type: 'text' })
  action: string;

  /** Who did it (null for anonymous attempts). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Whose account or content it concerns. */
  @Column({ type: 'uuid', nullable: true })
  subjectUserId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  /** Facts only (method, session id); never passwords, tokens or post text. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  metadata: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
