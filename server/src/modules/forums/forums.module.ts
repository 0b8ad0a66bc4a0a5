import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CommunitiesModule } from '../communities/communities.module';
import { DiscussionsModule } from '../discussions/discussions.module';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumDefaults } from './forum-defaults';
import { ForumKind } from './forum-kind';
import { ForumThreadsController } from './forum-threads.controller';
import { ForumThreadsRepository } from './forum-threads.repository';
import { ForumThreadsService } from './forum-threads.service';
import { ForumsController } from './forums.controller';

/** A community's forum: categories of discussion threads, built on the discussion engine. */
@Module({
  imports: [AuditModule, CommunitiesModule, DiscussionsModule],
  controllers: [ForumsController, ForumThreadsController],
  providers: [ForumKind, ForumDefaults, ForumCategoriesService, ForumThreadsRepository, ForumThreadsService],
  exports: [ForumCategoriesService, ForumThreadsService],
})
export class ForumsModule {}
