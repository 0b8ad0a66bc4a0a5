import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { searchVectorColumn, weighted } from '../../infrastructure/database/search-columns';
import { UserEntity } from '../accounts';
import { CommunityEntity } from '../communities';

/**
 * The discussion types the engine carries: which feature owns a thread. Each keeps its own data
 * in a table beside `discussion_threads` and registers its hooks with `DiscussionTypeRegistry`.
 */
export const DISCUSSION_TYPES = ['forum', 'conversation'] as const;
export type DiscussionType = (typeof DISCUSSION_TYPES)[number];

/**
 * A thread of numbered posts. Forum threads (inside a community) and private conversations (in no
 * community: their type decides who reads them, ADR 0014) are all rows here; what only one type
 * has (a forum thread's category, a conversation's participants) lives in its own table beside it.
 */
@Entity({ name: 'discussion_threads' })
@Index('ix_discussion_threads_community_id_last_post_at', ['communityId', 'lastPostAt'])
@Check('ck_discussion_threads_kind', `kind IN (${DISCUSSION_TYPES.map((k) => `'${k}'`).join(', ')})`)
// Conversations, and only they, belong to no community.
@Check('ck_discussion_threads_community', `(kind = 'conversation') = (community_id IS NULL)`)
// GIN full-text index, created by hand in the people-search migration.
@Index('ix_discussion_threads_search_vector', { synchronize: false })
export class DiscussionThreadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_discussion_threads' })
  id: string;

  /** The column keeps its first name, `kind` (ADR 0008): renaming it would buy no reader anything. */
  @Column({ name: 'kind', type: 'varchar', length: 16 })
  type: DiscussionType;

  @Column({ type: 'uuid', nullable: true })
  communityId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'fk_discussion_threads_community_id' })
  community?: CommunityEntity;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_discussion_threads_author_id' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** The highest post number: every post, hidden and deleted ones included, keeps its number. */
  @Column({ type: 'integer', default: 0 })
  postCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastPostAt: Date;

  @Column({ type: 'uuid' })
  lastPosterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'last_poster_id', foreignKeyConstraintName: 'fk_discussion_threads_last_poster_id' })
  lastPoster?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedAt: Date | null;

  /** No foreign key: the post belongs to this thread, which the service checks when setting it. */
  @Column({ type: 'uuid', nullable: true })
  acceptedPostId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /**
   * Set by a type whose content must never leave the app (critical incidents): notices about the
   * thread carry no title, text or author outside it (emails, stream payloads, logs).
   */
  @Column({ type: 'boolean', default: false })
  sensitive: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Title and tags, weighted above post text (generated; see search-columns.ts). */
  @Column(searchVectorColumn(`${weighted('english', 'title', 'A')} || ${weighted('simple', 'cr_words(tags)', 'A')}`))
  searchVector?: string;
}
