import { Injectable } from '@nestjs/common';
import type { Draft, DraftResult, SaveDraftRequest } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { DraftsRepository } from './drafts.repository';

/**
 * A person's unfinished writing, one per place. Only its owner ever reads it, so no access check
 * on the place is needed: a draft for a thread you can no longer read is just your own text.
 * Publishing removes the draft inside the writer's transaction (`DiscussionWriter`).
 */
@Injectable()
export class DraftsService {
  constructor(private readonly drafts: DraftsRepository) {}

  async get(key: string, actor: Actor): Promise<DraftResult> {
    return { draft: await this.drafts.find(actor.userId, key) };
  }

  save(key: string, actor: Actor, body: SaveDraftRequest): Promise<Draft> {
    return this.drafts.save(actor.userId, key, {
      title: body.title ?? null,
      raw: body.raw,
      replyToPostId: body.replyToPostId ?? null,
    });
  }

  async discard(key: string, actor: Actor): Promise<void> {
    await this.drafts.remove(actor.userId, key);
  }
}
