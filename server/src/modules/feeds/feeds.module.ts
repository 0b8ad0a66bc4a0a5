import { Module } from '@nestjs/common';
import { FeedTokenController } from './feed-token.controller';
import { FeedTokensRepository } from './feed-tokens.repository';
import { FeedTokensService } from './feed-tokens.service';
import { FeedsController } from './feeds.controller';
import { FeedsRepository } from './feeds.repository';
import { FeedsService } from './feeds.service';

/** RSS and Atom feeds of forums, and people's private feed links (docs/feeds.md). */
@Module({
  controllers: [FeedsController, FeedTokenController],
  providers: [FeedsRepository, FeedsService, FeedTokensRepository, FeedTokensService],
})
export class FeedsModule {}
