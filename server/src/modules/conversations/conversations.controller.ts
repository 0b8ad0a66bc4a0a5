import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  addParticipantsRequestSchema,
  conversationIdParamsSchema,
  conversationListSchema,
  conversationSchema,
  startConversationRequestSchema,
  type AddParticipantsRequest,
  type StartConversationRequest,
} from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { IdempotencyKey } from '../../infrastructure/idempotency/idempotency-key.decorator';
import { ConversationsService } from './conversations.service';

const tags = ['conversations'];
const params = conversationIdParamsSchema;

/**
 * Private conversations. Their messages are discussion posts: read, send, react, flag and mark
 * read through `/threads/:id/…` and `/posts/:id/…` like any thread (participants only).
 */
@Controller('api/conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get()
  @Contract({
    summary: 'My conversations: unread first, then the most recent, with the last message',
    tags,
    response: conversationListSchema,
  })
  list(@CurrentActor() actor: Actor) {
    return this.conversations.list(actor);
  }

  @Post()
  @Contract({
    summary: 'Start a conversation with 1–7 others (a one-to-one you already have is reused); send an Idempotency-Key',
    description:
      'Only with people who share a community with you or who accepted your contact request, and who have not blocked you (403 otherwise).',
    tags,
    body: startConversationRequestSchema,
    response: conversationSchema,
    status: 201,
  })
  start(
    @Body() body: StartConversationRequest,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.conversations.start(actor, body, key);
  }

  @Get(':conversationId')
  @Contract({ summary: 'A conversation you are in (404 for anyone else)', tags, params, response: conversationSchema })
  get(@Param('conversationId') id: string, @CurrentActor() actor: Actor) {
    return this.conversations.get(id, actor);
  }

  @Post(':conversationId/participants')
  @Contract({
    summary: 'Add people to a group conversation you are in',
    tags,
    params,
    body: addParticipantsRequestSchema,
    response: conversationSchema,
    status: 200,
  })
  add(@Param('conversationId') id: string, @Body() body: AddParticipantsRequest, @CurrentActor() actor: Actor) {
    return this.conversations.addParticipants(id, actor, body);
  }

  @Post(':conversationId/leave')
  @Contract({ summary: 'Leave a conversation: you no longer see it, at once', tags, params })
  leave(@Param('conversationId') id: string, @CurrentActor() actor: Actor) {
    return this.conversations.leave(id, actor);
  }
}
