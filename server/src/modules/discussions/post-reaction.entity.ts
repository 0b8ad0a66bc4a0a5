import { REACTIONS, type Reaction } from '@commonroom/contracts';
import { Check, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionPostEntity } from './discussion-post.entity';

/** One person's reaction to one post; a person may give several different reactions. */
@Entity({ name: 'post_reactions' })
@Check('ck_post_reactions_reaction', `reaction IN (${REACTIONS.map((r) => `'${r.id}'`).join(', ')})`)
export class PostReactionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_reactions' })
  postId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_reactions' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_post_reactions' })
  reaction: Reaction;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_reactions_post_id' })
  post?: DiscussionPostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_post_reactions_user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
