import type { WatchLevel } from '@commonroom/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { WATCH_LEVEL_CHECK } from '../discussions';
import { ForumCategoryEntity } from './forum-category.entity';

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
