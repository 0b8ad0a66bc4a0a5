import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { searchVectorColumn, weighted } from '../../infrastructure/database/search-columns';
import { UserEntity } from '../accounts';
import { DiscussionThreadEntity } from './discussion-thread.entity';

/**
 * One post. `raw` is what the author wrote (Markdown); `html` is it cooked once, at write time,
 * into sanitized HTML. Posts are numbered within their thread and never renumbered, so a page is
 * a range of numbers and a late page costs the same as the first.
 */
@Entity({ name: 'discussion_posts' })
@Unique('uq_discussion_posts_thread_id_number', ['threadId', 'number'])
@Index('ix_discussion_posts_author_id_created_at', ['authorId', 'createdAt'])
// GIN full-text index, created by hand in the people-search migration.
@Index('ix_discussion_posts_search_vector', { synchronize: false })
// Newest visible posts first, for content search (partial index, created by hand in the same migration).
@Index('ix_discussion_posts_created_at_visible', { synchronize: false })
// A thread's visible posts by time, for email alerts and digests (created by hand in the email-alerts migration).
@Index('ix_discussion_posts_thread_id_created_at_visible', { synchronize: false })
export class DiscussionPostEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_discussion_posts' })
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => DiscussionThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'fk_discussion_posts_thread_id' })
  thread?: DiscussionThreadEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_discussion_posts_author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  raw: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'uuid', nullable: true })
  replyToPostId: string | null;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reply_to_post_id', foreignKeyConstraintName: 'fk_discussion_posts_reply_to_post_id' })
  replyTo?: DiscussionPostEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  /** The facilitator's reason for hiding, shown to the author and kept in the audit log. */
  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById: string | null;

  /** Full text of the post (generated; see search-columns.ts). */
  @Column(searchVectorColumn(weighted('english', 'raw', 'B')))
  searchVector?: string;
}
