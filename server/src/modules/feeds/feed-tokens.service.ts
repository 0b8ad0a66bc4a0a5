import { Injectable } from '@nestjs/common';
import { feedPaths, type FeedTokenState } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { SecretBox } from '../../infrastructure/security/secret-box';
import { hashFeedToken, newFeedToken } from './feed-token-value';
import { FeedTokensRepository } from './feed-tokens.repository';

/**
 * A person's private feed link (`GET/POST/DELETE /api/me/feed-token`). One token covers every
 * community they can read; access is checked again on every feed request, so leaving a community
 * ends its feed at once, and revoking ends them all.
 */
@Injectable()
export class FeedTokensService {
  constructor(
    private readonly tokens: FeedTokensRepository,
    private readonly box: SecretBox,
  ) {}

  async show(actor: Actor): Promise<FeedTokenState> {
    const live = await this.tokens.live(actor.userId);
    if (!live) return { token: null, createdAt: null, communities: [] };
    return this.state(actor.userId, this.box.open(live.tokenSealed), live.createdAt);
  }

  /** Makes a new link; the old one, if any, stops working in the same transaction. */
  async rotate(actor: Actor): Promise<FeedTokenState> {
    const token = newFeedToken();
    const row = await this.tokens.transaction(async (manager) => {
      await this.tokens.revoke(manager, actor.userId);
      return this.tokens.insert(manager, {
        userId: actor.userId,
        tokenHash: hashFeedToken(token),
        tokenSealed: this.box.seal(token),
      });
    });
    return this.state(actor.userId, token, row.createdAt);
  }

  async revoke(actor: Actor): Promise<void> {
    await this.tokens.transaction((manager) => this.tokens.revoke(manager, actor.userId));
  }

  private async state(userId: string, token: string, createdAt: Date): Promise<FeedTokenState> {
    const communities = await this.tokens.memberForums(userId);
    return {
      token,
      createdAt: createdAt.toISOString(),
      communities: communities.map((c) => ({
        slug: c.slug,
        name: c.name,
        rssPath: `${feedPaths.forum(c.slug, 'rss')}?token=${token}`,
      })),
    };
  }
}
