import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../accounts';

/**
 * Unfinished writing, saved on the server while the person types, so it survives a reload, a
 * crash and a change of device. One per person and place (`new-thread:<category>`,
 * `reply:<thread>`, `edit:<post>`); removed when the post is submitted.
 */
@Entity({ name: 'discussion_drafts' })
@Unique('uq_discussion_drafts_user_id_key', ['userId', 'key'])
export class DiscussionDraftEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_discussion_drafts' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_discussion_drafts_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  raw: string;

  @Column({ type: 'uuid', nullable: true })
  replyToPostId: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
