import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { DiscussionPostsRepository } from './discussion-posts.repository';
import { POSTING_LIMITS, POSTING_WINDOWS, postingLimitMessage } from './posting-limits';

/** Counts each new post against its author's posting limits (`POSTING_LIMITS`) with the shared `RateLimiter`. */
@Injectable()
export class PostingLimiter {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly posts: DiscussionPostsRepository,
  ) {}

  /**
   * Counts one post in the post's own transaction, or refuses it with 429, a Retry-After header
   * and a sentence saying when the person can post again. In the transaction, a post that is
   * refused or fails is not counted, and the check needs no second connection (posts holding
   * every pooled connection while waiting for another would wait for ever). The counters' rows
   * stay locked until the post commits, so one person's posts at once are counted one after the
   * other. Moderators are not counted. Whether the author is still a new member is only read when
   * a window's count passes the new members' limit.
   */
  async admit(manager: EntityManager, userId: string, moderator: boolean): Promise<void> {
    if (moderator) return;
    let newMember: Promise<boolean> | undefined;
    const isNewMember = () =>
      (newMember ??= this.posts
        .hasVisiblePosts(userId, POSTING_LIMITS.newMembers.untilPosts, manager)
        .then((trusted) => !trusted));
    for (const { window, seconds, limit } of POSTING_WINDOWS) {
      const { hits, retryAfter } = await this.limiter.hit(
        { key: `posts:${window}:user:${userId}`, limit: POSTING_LIMITS[limit], windowSeconds: seconds },
        1,
        manager,
      );
      if (hits > POSTING_LIMITS[limit]) throw refused(postingLimitMessage(window, false, retryAfter), retryAfter);
      if (hits > POSTING_LIMITS.newMembers[limit] && (await isNewMember()))
        throw refused(postingLimitMessage(window, true, retryAfter), retryAfter);
    }
  }
}

function refused(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError(ErrorCode.RateLimited, message, undefined, { 'retry-after': String(retryAfterSeconds) });
}
