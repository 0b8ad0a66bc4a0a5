import { Module, type OnModuleInit } from '@nestjs/common';
import { StreamAuthorizers } from '../../infrastructure/realtime/stream-authorizers';
import { AuditModule } from '../audit';
import { CommunitiesModule } from '../communities';
import { NotificationsModule } from '../notifications';
import { UploadsModule } from '../uploads';
import { DiscussionPostsRepository } from './discussion-posts.repository';
import { DiscussionThreadsRepository } from './discussion-threads.repository';
import { DiscussionTypeRegistry } from './discussion-type-registry';
import { DiscussionWriter } from './discussion-writer';
import { DraftsController } from './drafts.controller';
import { DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { ModerationService } from './moderation.service';
import { PostEditsService } from './post-edits.service';
import { PostCooker } from './post-cooker';
import { PostFlagsRepository } from './post-flags.repository';
import { PostReactionsRepository } from './post-reactions.repository';
import { PostsController } from './posts.controller';
import { PostingLimiter } from './posting-limiter';
import { PostsService } from './posts.service';
import { ReactionsService } from './reactions.service';
import { ThreadAccessService } from './thread-access.service';
import { ThreadReadingService } from './thread-reading.service';

/**
 * The thread/post engine every discussion type (forums; next incidents, wiki comments,
 * conversations, dialogue prompts) is built on. Types register their hooks with
 * `DiscussionTypeRegistry` and publish through `DiscussionWriter`; thread streams are authorised here.
 */
@Module({
  imports: [AuditModule, CommunitiesModule, UploadsModule, NotificationsModule],
  controllers: [PostsController, DraftsController],
  providers: [
    DiscussionTypeRegistry,
    DiscussionWriter,
    DiscussionPostsRepository,
    DiscussionThreadsRepository,
    DraftsRepository,
    PostFlagsRepository,
    PostReactionsRepository,
    ThreadAccessService,
    PostsService,
    PostEditsService,
    ReactionsService,
    ModerationService,
    ThreadReadingService,
    DraftsService,
    PostCooker,
    PostingLimiter,
  ],
  exports: [
    DiscussionTypeRegistry,
    DiscussionWriter,
    DiscussionThreadsRepository,
    ThreadAccessService,
    PostsService,
    ModerationService,
    ThreadReadingService,
    ReactionsService,
  ],
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
