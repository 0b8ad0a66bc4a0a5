import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** `post_uploads` (which posts show which files) and the place a file was first shown, in the caller's transaction. */
@Injectable()
export class PostUploadsRepository {
  async unlinkPost(manager: EntityManager, postId: string): Promise<void> {
    await manager.query('DELETE FROM post_uploads WHERE post_id = $1', [postId]);
  }

  /** Links the post to those of the uploads that its author owns; any other id links nothing. */
  async linkOwnUploads(
    manager: EntityManager,
    postId: string,
    authorId: string,
    uploadIds: readonly string[],
  ): Promise<void> {
    await manager.query(
      `INSERT INTO post_uploads (post_id, upload_id)
       SELECT $1, up.id FROM uploads up WHERE up.id = ANY($2::uuid[]) AND up.owner_id = $3
       ON CONFLICT DO NOTHING`,
      [postId, uploadIds, authorId],
    );
  }

  /** Records the community of the owner's first post showing each upload; a place once recorded stays. */
  async recordFirstCommunity(
    manager: EntityManager,
    ownerId: string,
    uploadIds: readonly string[],
    communityId: string,
  ): Promise<void> {
    await manager.query(
      'UPDATE uploads SET first_community_id = $3 WHERE id = ANY($1::uuid[]) AND owner_id = $2 AND first_community_id IS NULL',
      [uploadIds, ownerId, communityId],
    );
  }
}
