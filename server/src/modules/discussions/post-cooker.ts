import { Injectable } from '@nestjs/common';
import { ContentCooker } from '../../infrastructure/content/content-cooker.service';
import { mentionIdsIn, type CookedContent } from '../../infrastructure/content/cook-markdown';
import { DiscussionPostsRepository } from './discussion-posts.repository';

/**
 * Cooks what someone wrote for a post, an edit or the composer's preview, with the current names
 * of the people it mentions (from `people`, one query, only when it mentions anyone). A mention
 * then shows who it points at, whatever label was typed around the id: `@[Tom Hughes
 * (facilitator)](mention:<someone else>)` shows that someone else's name.
 */
@Injectable()
export class PostCooker {
  constructor(
    private readonly cooker: ContentCooker,
    private readonly posts: DiscussionPostsRepository,
  ) {}

  async cook(raw: string): Promise<CookedContent> {
    const ids = mentionIdsIn(raw);
    return this.cooker.cook(raw, ids.length > 0 ? await this.posts.displayNames(ids) : undefined);
  }
}
