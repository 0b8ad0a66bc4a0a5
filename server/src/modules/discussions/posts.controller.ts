import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  createPostRequestSchema,
  editPostRequestSchema,
  flagPostRequestSchema,
  markReadRequestSchema,
  moderatePostRequestSchema,
  postIdParamsSchema,
  postPageQuerySchema,
  postPageSchema,
  postReactionParamsSchema,
  postRevisionListSchema,
  postSchema,
  reactionsResultSchema,
  threadIdParamsSchema,
  watchRequestSchema,
  type CreatePostRequest,
  type EditPostRequest,
  type FlagPostRequest,
  type MarkReadRequest,
  type ModeratePostRequest,
  type PostPageQuery,
  type Reaction,
  type WatchRequest,
} from '@commonroom/contracts';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { PublicRead } from '../../infrastructure/http/public-cache';
import { IdempotencyKey } from '../../infrastructure/idempotency/idempotency-key.decorator';
import { ModerationService } from './moderation.service';
import { PostEditsService } from './post-edits.service';
import { PostsService } from './posts.service';
import { ReactionsService } from './reactions.service';
import { ThreadReadingService } from './thread-reading.service';

const tags = ['discussions'];

/** Posts of any discussion thread (forum, and later incidents and blog comments). */
@Controller('api')
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly edits: PostEditsService,
    private readonly reactions: ReactionsService,
    private readonly moderation: ModerationService,
    private readonly reading: ThreadReadingService,
  ) {}

  @Get('threads/:threadId/posts')
  @PublicRead()
  @Contract({
    summary: 'A page of posts (page N holds post numbers (N-1)×20+1 to N×20); `near` opens the page holding that post',
    tags,
    params: threadIdParamsSchema,
    query: postPageQuerySchema,
    response: postPageSchema,
  })
  page(@Param('threadId') threadId: string, @Query() query: PostPageQuery, @CurrentActor() actor: Actor | undefined) {
    return this.posts.page(threadId, actor, query);
  }

  @Post('threads/:threadId/posts')
  @Contract({
    summary: 'Reply; send an Idempotency-Key so a retry returns the same post',
    tags,
    params: threadIdParamsSchema,
    body: createPostRequestSchema,
    response: postSchema,
    status: 201,
  })
  reply(
    @Param('threadId') threadId: string,
    @Body() body: CreatePostRequest,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.posts.reply(threadId, actor, body, key);
  }

  @Put('threads/:threadId/read')
  @Contract({
    summary: 'Mark the thread read up to a post number (never moves backwards)',
    tags,
    params: threadIdParamsSchema,
    body: markReadRequestSchema,
  })
  markRead(@Param('threadId') threadId: string, @Body() body: MarkReadRequest, @CurrentActor() actor: Actor) {
    return this.reading.markRead(threadId, actor, body.number);
  }

  @Put('threads/:threadId/watch')
  @Contract({
    summary: 'Choose how closely to follow a thread',
    tags,
    params: threadIdParamsSchema,
    body: watchRequestSchema,
  })
  watch(@Param('threadId') threadId: string, @Body() body: WatchRequest, @CurrentActor() actor: Actor) {
    return this.reading.watch(threadId, actor, body.level);
  }

  @Get('posts/:postId')
  @Contract({ summary: 'One post', tags, params: postIdParamsSchema, response: postSchema })
  get(@Param('postId') postId: string, @CurrentActor() actor: Actor) {
    return this.posts.get(postId, actor);
  }

  @Patch('posts/:postId')
  @Contract({
    summary: 'Edit a post (409 when someone changed it since baseRevision)',
    tags,
    params: postIdParamsSchema,
    body: editPostRequestSchema,
    response: postSchema,
  })
  edit(
    @Param('postId') postId: string,
    @Body() body: EditPostRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.edits.edit(postId, actor, body, client);
  }

  @Delete('posts/:postId')
  @Contract({
    summary: 'Delete a post (its place and number stay; moderators can restore it)',
    tags,
    params: postIdParamsSchema,
  })
  remove(@Param('postId') postId: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.edits.remove(postId, actor, client);
  }

  @Post('posts/:postId/restore')
  @Contract({
    summary: 'Restore a deleted or hidden post (moderators)',
    tags,
    params: postIdParamsSchema,
    response: postSchema,
  })
  restore(@Param('postId') postId: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.edits.restore(postId, actor, client);
  }

  @Get('posts/:postId/revisions')
  @Contract({
    summary: "A post's revisions with word-level changes",
    tags,
    params: postIdParamsSchema,
    response: postRevisionListSchema,
  })
  revisions(@Param('postId') postId: string, @CurrentActor() actor: Actor) {
    return this.edits.revisions(postId, actor);
  }

  @Put('posts/:postId/reactions/:reaction')
  @Contract({ summary: 'Add a reaction', tags, params: postReactionParamsSchema, response: reactionsResultSchema })
  react(@Param('postId') postId: string, @Param('reaction') reaction: Reaction, @CurrentActor() actor: Actor) {
    return this.reactions.set(postId, reaction, true, actor);
  }

  @Delete('posts/:postId/reactions/:reaction')
  @Contract({
    summary: 'Take a reaction back',
    tags,
    params: postReactionParamsSchema,
    response: reactionsResultSchema,
  })
  unreact(@Param('postId') postId: string, @Param('reaction') reaction: Reaction, @CurrentActor() actor: Actor) {
    return this.reactions.set(postId, reaction, false, actor);
  }

  @Post('posts/:postId/flags')
  @Contract({
    summary: 'Flag a post for the facilitators',
    tags,
    params: postIdParamsSchema,
    body: flagPostRequestSchema,
  })
  flag(
    @Param('postId') postId: string,
    @Body() body: FlagPostRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.moderation.flag(postId, actor, body, client);
  }

  @Post('posts/:postId/moderation')
  @Contract({
    summary: 'Hide (with a reason the author sees), restore, or dismiss the flags on a post (moderators)',
    tags,
    params: postIdParamsSchema,
    body: moderatePostRequestSchema,
    response: postSchema,
  })
  moderate(
    @Param('postId') postId: string,
    @Body() body: ModeratePostRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.moderation.act(postId, actor, body, client);
  }
}
