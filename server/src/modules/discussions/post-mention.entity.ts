import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionPostEntity } from './discussion-post.entity';

/** People mentioned in a post, found when it is cooked; notifications (a later issue) read these. */
@Entity({ name: 'post_mentions' })
@Index('ix_post_mentions_user_id', ['userId'])
export class PostMentionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_mentions' })
  postId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_mentions' })
  userId: string;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_mentions_post_id' })
  post?: DiscussionPostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_post_mentions_user_id' })
  user?: UserEntity;
}
