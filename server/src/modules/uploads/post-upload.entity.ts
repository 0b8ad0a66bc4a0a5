import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UploadEntity } from './upload.entity';

/**
 * Which posts show which uploads, found when a post is cooked and written through
 * `UploadLinksService`: only the uploader's own posts link a file (see `uploads.service.ts`, `mayRead`).
 */
@Entity({ name: 'post_uploads' })
@Index('ix_post_uploads_upload_id', ['uploadId'])
export class PostUploadEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_uploads' })
  postId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_post_uploads' })
  uploadId: string;

  // The post is named, not imported: discussions links uploads to posts through this module, so
  // uploads must not depend on discussions. The foreign key stays.
  @ManyToOne('DiscussionPostEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_post_uploads_post_id' })
  post?: { id: string };

  @ManyToOne(() => UploadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'upload_id', foreignKeyConstraintName: 'fk_post_uploads_upload_id' })
  upload?: UploadEntity;
}
