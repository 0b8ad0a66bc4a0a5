import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { ConversationEntity } from './conversation.entity';

/**
 * Someone in a conversation. Leaving keeps the row (`left_at`) so the messages they wrote still
 * name them; only rows without `left_at` give access.
 */
@Entity({ name: 'conversation_participants' })
@Index('ix_conversation_participants_user_id_left_at', ['userId', 'leftAt'])
export class ConversationParticipantEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_conversation_participants' })
  threadId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_conversation_participants' })
  userId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_conversation_participants_thread_id' })
  conversation?: ConversationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_conversation_participants_user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
