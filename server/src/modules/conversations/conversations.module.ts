import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions';
import { ConversationDiscussionHooks } from './conversation-discussion-hooks';
import { ConversationReportsController } from './conversation-reports.controller';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';

/** Private conversations: a discussion type in no community, readable by its participants only (ADR 0014). */
@Module({
  imports: [DiscussionsModule],
  controllers: [ConversationsController, ConversationReportsController],
  providers: [ConversationsRepository, ConversationsService, ConversationDiscussionHooks],
  exports: [ConversationsService],
})
export class ConversationsModule {}
