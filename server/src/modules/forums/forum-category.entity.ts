import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { WatchLevel } from '@commonroom/contracts';
import { UserEntity } from '../accounts/user.entity';
import { CommunityEntity } from '../communities/community.entity';
import { DiscussionThreadEntity } from '../discussions/discussion-thread.entity';
import { WATCH_LEVEL_CHECK } from '../discussions/thread-reader.entity';

/**
 * A category of a community's forum. Its counts are kept up to date in the same transaction as
 * each post, so the forum index never has to count a million posts.
 */
@Entity({ name: 'forum_categories' })
@Unique('uq_forum_categories_community_id_slug', ['communityId', 'slug'])
export class ForumCategoryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_forum_categories' })
  id: string;

  @Column({ type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'fk_forum_categories_community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'integer', default: 0 })
  position: number;

  @Column({ type: 'integer', default: 0 })
  threadCount: number;

  @Column({ type: 'integer', default: 0 })
  postCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

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

/** How closely a person follows a whole category. */
@Entity({ name: 'forum_category_watches' })
@Check('ck_forum_category_watches_level', WATCH_LEVEL_CHECK)
export class ForumCategoryWatchEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_category_watches' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_forum_category_watches' })
  categoryId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_forum_category_watches_user_id' })
  user?: UserEntity;

  @ManyToOne(() => ForumCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_forum_category_watches_category_id' })
  category?: ForumCategoryEntity;

  @Column({ type: 'varchar', length: 12 })
  level: WatchLevel;
}
