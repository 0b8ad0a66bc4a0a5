import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { DiscussionPostEntity } from './discussion-post.entity';

/** Earlier texts of an edited post; the current text is on the post itself. */
@Entity({ name: 'post_revisions' })
export class PostRevisionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_revisions' })
  postId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_post_revisions' })
  revision: number;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_revisions_post_id' })
  post?: DiscussionPostEntity;

  @Column({ type: 'text' })
  raw: string;

  @Column({ type: 'uuid' })
  editorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'editor_id', foreignKeyConstraintName: 'fk_post_revisions_editor_id' })
  editor?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
