import { FLAG_REASONS, type FlagReason } from '@commonroom/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionPostEntity } from './discussion-post.entity';

export type FlagStatus = 'open' | 'upheld' | 'dismissed';

/**
 * A reader's report that a post needs a moderator. A person has at most one open flag on a post; once a facilitator
 * resolved it, they may flag the post again (it was restored, or edited back, after all).
 */
@Entity({ name: 'post_flags' })
@Index('uq_post_flags_open_post_id_flagger_id', ['postId', 'flaggerId'], { unique: true, where: `status = 'open'` })
@Index('ix_post_flags_open', ['postId'], { where: `status = 'open'` })
@Check('ck_post_flags_reason', `reason IN (${FLAG_REASONS.map((r) => `'${r.id}'`).join(', ')})`)
@Check('ck_post_flags_status', `status IN ('open', 'upheld', 'dismissed')`)
export class PostFlagEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_post_flags' })
  id: string;

  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_flags_post_id' })
  post?: DiscussionPostEntity;

  @Column({ type: 'uuid' })
  flaggerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flagger_id', foreignKeyConstraintName: 'fk_post_flags_flagger_id' })
  flagger?: UserEntity;

  @Column({ type: 'varchar', length: 24 })
  reason: FlagReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status: FlagStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;
}
