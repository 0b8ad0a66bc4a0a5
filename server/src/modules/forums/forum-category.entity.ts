import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CommunityEntity } from '../communities';

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
