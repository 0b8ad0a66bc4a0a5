import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DiscussionThreadEntity } from '../discussions';
import { ForumCategoryEntity } from './forum-category.entity';

/** What only a forum thread has: its category. The thread itself is a `discussion_threads` row. */
@Entity({ name: 'forum_threads' })
// (category_id, pinned DESC, last_post_at DESC) WHERE NOT deleted: created by hand in the migration.
@Index('ix_forum_threads_listing', { synchronize: false })
export class ForumThreadEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_threads' })
  threadId: string;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_forum_threads_thread_id' })
  thread?: DiscussionThreadEntity;

  @Column({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => ForumCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_forum_threads_category_id' })
  category?: ForumCategoryEntity;

  /** Copied from the thread so the category listing is one index scan in display order. */
  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'timestamptz' })
  lastPostAt: Date;

  @Column({ type: 'boolean', default: false })
  deleted: boolean;
}
