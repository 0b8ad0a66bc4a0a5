import { Body, Controller, Delete, Get, Param, Patch, Post, Put } from '@nestjs/common';
import {
  acceptAnswerRequestSchema,
  threadDetailSchema,
  threadIdParamsSchema,
  threadTeaserSchema,
  updateThreadRequestSchema,
  type AcceptAnswerRequest,
  type UpdateThreadRequest,
} from '@commonroom/contracts';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { PublicRead } from '../../infrastructure/http/public-cache';
import { ForumThreadChangesService } from './forum-thread-changes.service';
import { ForumThreadsService } from './forum-threads.service';

const tags = ['forums'];
const params = threadIdParamsSchema;

/** One forum thread as a whole: its header, and what authors and moderators change about it. */
@Controller('api/threads/:threadId')
export class ForumThreadsController {
  constructor(
    private readonly threads: ForumThreadsService,
    private readonly changes: ForumThreadChangesService,
  ) {}

  @Get()
  @PublicRead()
  @Contract({
    summary: 'A thread with the viewer’s reading state and abilities',
    tags,
    params,
    response: threadDetailSchema,
  })
  detail(@Param('threadId') threadId: string, @CurrentActor() actor: Actor | undefined) {
    return this.threads.detail(threadId, actor);
  }

  @Get('teaser')
  @PublicRead()
  @Contract({
    summary:
      'Only the title and community of a thread, for a shared link the viewer may not read yet (404 when hidden)',
    tags,
    params,
    response: threadTeaserSchema,
  })
  teaser(@Param('threadId') threadId: string, @CurrentActor() actor: Actor | undefined) {
    return this.threads.teaser(threadId, actor);
  }

  @Patch()
  @Contract({
    summary: 'Change the title and tags (author), or pin, lock and move (moderators)',
    tags,
    params,
    body: updateThreadRequestSchema,
    response: threadDetailSchema,
  })
  update(
    @Param('threadId') threadId: string,
    @Body() body: UpdateThreadRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.changes.update(threadId, actor, body, client);
  }

  @Delete()
  @Contract({
    summary: 'Remove a thread (moderators, or its author before anyone replied); moderators can restore it',
    tags,
    params,
  })
  remove(@Param('threadId') threadId: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.changes.remove(threadId, actor, client);
  }

  @Post('restore')
  @Contract({ summary: 'Restore a removed thread (moderators)', tags, params, response: threadDetailSchema })
  restore(@Param('threadId') threadId: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.changes.restore(threadId, actor, client);
  }

  @Put('accepted-answer')
  @Contract({
    summary: 'Mark the reply that answered the question (author or facilitator); null unmarks',
    tags,
    params,
    body: acceptAnswerRequestSchema,
    response: threadDetailSchema,
  })
  acceptAnswer(@Param('threadId') threadId: string, @Body() body: AcceptAnswerRequest, @CurrentActor() actor: Actor) {
    return this.threads.acceptAnswer(threadId, actor, body);
  }
}
