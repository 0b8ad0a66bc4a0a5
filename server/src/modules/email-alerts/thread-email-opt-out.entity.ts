import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionThreadEntity } from '../discussions';

/** A thread a person asked (from an email's unsubscribe link) never to be emailed about again. */
@Entity({ name: 'thread_email_opt_outs' })
export class ThreadEmailOptOutEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_thread_email_opt_outs' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_thread_email_opt_outs' })
  threadId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_thread_email_opt_outs_user_id' })
  user?: UserEntity;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_thread_email_opt_outs_thread_id' })
  thread?: DiscussionThreadEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
