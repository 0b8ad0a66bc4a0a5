import { WATCH_LEVELS, type WatchLevel } from '@commonroom/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionThreadEntity } from './discussion-thread.entity';

export const WATCH_LEVEL_CHECK = `level IN (${WATCH_LEVELS.map((w) => `'${w.id}'`).join(', ')})`;

/**
 * One person's standing towards one thread: how far they have read and how closely they watch
 * it. One row serves both, so the thread page reads them in the same lookup.
 */
@Entity({ name: 'thread_readers' })
@Check('ck_thread_readers_level', WATCH_LEVEL_CHECK)
export class ThreadReaderEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_thread_readers' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_thread_readers' })
  threadId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_thread_readers_user_id' })
  user?: UserEntity;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_thread_readers_thread_id' })
  thread?: DiscussionThreadEntity;

  /** The highest post number read; only ever moves forward. */
  @Column({ type: 'integer', default: 0 })
  lastReadNumber: number;

  /** Null means "not chosen": the category's level (or normal) applies. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  level: WatchLevel | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
