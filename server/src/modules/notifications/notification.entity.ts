import type { NotificationKind } from '@commonroom/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../accounts';

/**
 * One notice to one person, gathering every event about the same thing (`group_key`, e.g.
 * `reply:<threadId>`) while it is unread: six replies make one notice with six events. Once read,
 * the next event starts a new row. Ids and facts only; titles and names are read when listed.
 */
@Entity({ name: 'notifications' })
// The unread group a new event joins: one unread row per person and group key.
@Index('uq_notifications_user_id_group_key_unread', ['userId', 'groupKey'], {
  unique: true,
  where: 'read_at IS NULL',
})
@Index('ix_notifications_user_id_group_key', ['userId', 'groupKey'])
@Index('ix_notifications_user_id_updated_at', ['userId', 'updatedAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 200 })
  groupKey: string;

  /** No foreign keys to other modules' rows: a notice outlives nothing, and is filtered by access when read. */
  @Column({ type: 'uuid', nullable: true })
  communityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  /** The latest post the notice points to. */
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'integer', nullable: true })
  postNumber: number | null;

  /** A contact request, join request or invitation the notice is about. */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  /** The most recent first, at most five. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  actorIds: string[];

  @Column({ type: 'integer', default: 0 })
  actorCount: number;

  @Column({ type: 'integer', default: 1 })
  eventCount: number;

  @Column({ type: 'boolean', default: false })
  sensitive: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
