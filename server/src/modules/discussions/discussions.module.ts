import { Module, type OnModuleInit } from '@nestjs/common';
import { StreamAuthorizers } from '../../infrastructure/realtime/stream-authorizers';
import { AuditModule } from '../audit/audit.module';
import { CommunitiesModule } from '../communities/communities.module';
import { DiscussionKinds } from './discussion-kinds';
import { DiscussionsRepository } from './discussions.repository';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { ModerationService } from './moderation.service';
import { PostEditsService } from './post-edits.service';
import { PostsController } from './posts.controller';
import { PostsService } from './posts.service';
import { ReactionsService } from './reactions.service';
import { ThreadAccessService } from './thread-access.service';
import { ThreadReadingService } from './thread-reading.service';

/**
 * The thread/post engine shared by forums, critical-incident discussions and blog comments.
 * Kinds register their hooks with `DiscussionKinds`; thread streams are authorised here.
 */
@Module({
  imports: [AuditModule, CommunitiesModule],
  controllers: [PostsController, DraftsController],
  providers: [DiscussionKinds, DiscussionsRepository, ThreadAccessService, PostsService, PostEditsService, ReactionsService, ModerationService, ThreadReadingService, DraftsService],
  exports: [DiscussionKinds, DiscussionsRepository, ThreadAccessService, PostsService, ModerationService, ThreadReadingService, DraftsService],
})
export class DiscussionsModule implements OnModuleInit {
  constructor(
    private readonly authorizers: StreamAuthorizers,
    private readonly threads: ThreadAccessService,
  ) {}

  onModuleInit(): void {
    this.authorizers.register('thread', (actor, id) => this.threads.canRead(id, actor));
  }
}
