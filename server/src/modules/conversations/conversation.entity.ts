import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionThreadEntity } from '../discussions';

export const CONVERSATION_KINDS = ['direct', 'group'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/**
 * A private conversation: the conversation's side of one `discussion_threads` row of type
 * `conversation` (ADR 0014). The engine keeps the posts; this row says whether it is a one-to-one
 * (`direct`, with `pair_key` so two people have at most one) or a group.
 */
@Entity({ name: 'conversations' })
@Check('ck_conversations_kind', `kind IN (${CONVERSATION_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Check('ck_conversations_pair_key', `(kind = 'direct') = (pair_key IS NOT NULL)`)
@Index('uq_conversations_pair_key', ['pairKey'], { unique: true })
export class ConversationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_conversations' })
  threadId: string;

  @OneToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_conversations_thread_id' })
  thread?: DiscussionThreadEntity;

  @Column({ type: 'varchar', length: 8 })
  kind: ConversationKind;

  /** The two people's ids in order, for one-to-ones only. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  pairKey: string | null;

  @Column({ type: 'uuid' })
  startedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'started_by_id', foreignKeyConstraintName: 'fk_conversations_started_by_id' })
  startedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
