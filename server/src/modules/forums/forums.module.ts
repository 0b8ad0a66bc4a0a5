import { Module } from '@nestjs/common';
import { LinkPreviews } from '../../infrastructure/web/link-previews';
import { AuditModule } from '../audit';
import { CommunitiesModule } from '../communities';
import { DiscussionsModule } from '../discussions';
import { ForumCategoriesRepository } from './forum-categories.repository';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumDefaults } from './forum-defaults';
import { ForumDiscussionHooks } from './forum-discussion-hooks';
import { ForumLinkPreviews } from './forum-link-previews';
import { ForumThreadChangesService } from './forum-thread-changes.service';
import { ForumThreadsController } from './forum-threads.controller';
import { ForumThreadsRepository } from './forum-threads.repository';
import { ForumThreadsService } from './forum-threads.service';
import { ForumsController } from './forums.controller';

/** A community's forum: categories of discussion threads, a discussion type of the engine. */
@Module({
  imports: [AuditModule, CommunitiesModule, DiscussionsModule],
  controllers: [ForumsController, ForumThreadsController],
  providers: [
    ForumDiscussionHooks,
    ForumDefaults,
    ForumCategoriesRepository,
    ForumCategoriesService,
    ForumThreadsRepository,
    ForumThreadsService,
    ForumThreadChangesService,
    // The client shell's link previews of public communities and threads (ADR 0015).
    { provide: LinkPreviews, useClass: ForumLinkPreviews },
  ],
  exports: [ForumCategoriesService, ForumThreadsService, LinkPreviews],
})
export class ForumsModule {}
