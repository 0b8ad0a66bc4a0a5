import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  categoryIdParamsSchema,
  categoryPageSchema,
  categorySlugParamsSchema,
  categoryThreadsQuerySchema,
  communitySlugParamsSchema,
  createCategoryRequestSchema,
  createdThreadSchema,
  createThreadRequestSchema,
  forumCategorySchema,
  forumIndexSchema,
  mentionQuerySchema,
  mentionSuggestionsSchema,
  moderationQueueQuerySchema,
  moderationQueueSchema,
  reorderCategoriesRequestSchema,
  updateCategoryRequestSchema,
  watchRequestSchema,
  type CategoryThreadsQuery,
  type CreateCategoryRequest,
  type CreateThreadRequest,
  type ReorderCategoriesRequest,
  type UpdateCategoryRequest,
  type WatchRequest,
  type ModerationQueueQuery,
} from '@commonroom/contracts';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { PublicRead } from '../../infrastructure/http/public-cache';
import { IdempotencyKey } from '../../infrastructure/idempotency/idempotency-key.decorator';
import { ModerationService } from '../discussions';
import { ForumCategoriesService } from './forum-categories.service';
import { ForumThreadsService } from './forum-threads.service';

const tags = ['forums'];

/** A community's forum: its index, categories, starting threads, and the moderation queue. */
@Controller('api')
export class ForumsController {
  constructor(
    private readonly categories: ForumCategoriesService,
    private readonly threads: ForumThreadsService,
    private readonly moderation: ModerationService,
  ) {}

  @Get('communities/:slug/forum')
  @PublicRead()
  @Contract({
    summary: 'The forum index: categories with counts and what is unread',
    tags,
    params: communitySlugParamsSchema,
    response: forumIndexSchema,
  })
  index(@Param('slug') slug: string, @CurrentActor() actor: Actor | undefined) {
    return this.categories.index(slug, actor);
  }

  @Post('communities/:slug/forum/categories')
  @Contract({
    summary: 'Add a category (facilitators)',
    tags,
    params: communitySlugParamsSchema,
    body: createCategoryRequestSchema,
    response: forumCategorySchema,
    status: 201,
  })
  createCategory(
    @Param('slug') slug: string,
    @Body() body: CreateCategoryRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.categories.create(slug, actor, body, client);
  }

  @Put('communities/:slug/forum/category-order')
  @Contract({
    summary: 'Reorder the categories (facilitators)',
    tags,
    params: communitySlugParamsSchema,
    body: reorderCategoriesRequestSchema,
  })
  reorder(@Param('slug') slug: string, @Body() body: ReorderCategoriesRequest, @CurrentActor() actor: Actor) {
    return this.categories.reorder(slug, actor, body.categoryIds);
  }

  @Get('communities/:slug/forum/categories/:categorySlug')
  @PublicRead()
  @Contract({
    summary: "A category's threads, pinned first, then by latest activity",
    tags,
    params: categorySlugParamsSchema,
    query: categoryThreadsQuerySchema,
    response: categoryPageSchema,
  })
  category(
    @Param('slug') slug: string,
    @Param('categorySlug') categorySlug: string,
    @Query() query: CategoryThreadsQuery,
    @CurrentActor() actor: Actor | undefined,
  ) {
    return this.threads.categoryPage(slug, categorySlug, actor, query);
  }

  @Post('communities/:slug/forum/categories/:categorySlug/threads')
  @Contract({
    summary: 'Start a thread; send an Idempotency-Key so a retry returns the same thread',
    tags,
    params: categorySlugParamsSchema,
    body: createThreadRequestSchema,
    response: createdThreadSchema,
    status: 201,
  })
  createThread(
    @Param('slug') slug: string,
    @Param('categorySlug') categorySlug: string,
    @Body() body: CreateThreadRequest,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.threads.create(slug, categorySlug, actor, body, key);
  }

  @Patch('forum-categories/:categoryId')
  @Contract({
    summary: 'Rename or describe a category (facilitators)',
    tags,
    params: categoryIdParamsSchema,
    body: updateCategoryRequestSchema,
    response: forumCategorySchema,
  })
  updateCategory(
    @Param('categoryId') categoryId: string,
    @Body() body: UpdateCategoryRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.categories.update(categoryId, actor, body);
  }

  @Delete('forum-categories/:categoryId')
  @Contract({
    summary: 'Remove an empty category (facilitators; 409 while it holds threads)',
    tags,
    params: categoryIdParamsSchema,
  })
  removeCategory(
    @Param('categoryId') categoryId: string,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.categories.remove(categoryId, actor, client);
  }

  @Put('forum-categories/:categoryId/watch')
  @Contract({
    summary: 'Choose how closely to follow a category',
    tags,
    params: categoryIdParamsSchema,
    body: watchRequestSchema,
  })
  watchCategory(@Param('categoryId') categoryId: string, @Body() body: WatchRequest, @CurrentActor() actor: Actor) {
    return this.categories.watch(categoryId, actor, body.level);
  }

  @Get('communities/:slug/moderation')
  @Contract({
    summary: 'Flagged posts waiting for a facilitator (`view=flagged`), or hidden posts to restore (`view=hidden`)',
    tags,
    params: communitySlugParamsSchema,
    query: moderationQueueQuerySchema,
    response: moderationQueueSchema,
  })
  queue(@Param('slug') slug: string, @Query() query: ModerationQueueQuery, @CurrentActor() actor: Actor) {
    return this.moderation.queue(slug, actor, query.view);
  }

  @Get('communities/:slug/mention-suggestions')
  @Contract({
    summary: 'Members to offer when the composer sees "@"',
    tags,
    params: communitySlugParamsSchema,
    query: mentionQuerySchema,
    response: mentionSuggestionsSchema,
  })
  mentions(@Param('slug') slug: string, @Query() query: { q: string }, @CurrentActor() actor: Actor) {
    return this.categories.mentionSuggestions(slug, actor, query.q);
  }
}
