import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PostUploadsRepository } from './post-uploads.repository';

/** A post as the uploads module needs it to link files: who wrote it and where it is. */
export interface PostPlace {
  postId: string;
  authorId: string;
  /** Null for a post in no community (a conversation): its files then show to their owner only. */
  communityId: string | null;
}

/**
 * How the discussion engine records the files a post shows, in the post's own transaction.
 * Only the uploader's own posts link a file: a post by anyone else that names its id links
 * nothing (its image then shows to nobody but the uploader). The first post that links a file
 * fixes the community whose readers may read it; later posts by its owner elsewhere do not
 * widen that, so a file from a hidden community cannot be re-exposed by embedding its id.
 */
@Injectable()
export class UploadLinksService {
  constructor(private readonly repository: PostUploadsRepository) {}

  /** Links a new post to the uploads it shows; with `replace` (an edit), its earlier links go first. */
  async linkPost(
    manager: EntityManager,
    post: PostPlace,
    uploadIds: readonly string[],
    options: { replace?: boolean } = {},
  ): Promise<void> {
    if (options.replace) await this.repository.unlinkPost(manager, post.postId);
    if (uploadIds.length === 0) return;
    await this.repository.linkOwnUploads(manager, post.postId, post.authorId, uploadIds);
    if (post.communityId)
      await this.repository.recordFirstCommunity(manager, post.authorId, uploadIds, post.communityId);
  }
}
