import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import {
  acceptContactRequestSchema,
  acceptedContactRequestSchema,
  contactBlockListSchema,
  contactRequestIdParamsSchema,
  declineContactRequestSchema,
  personIdParamsSchema,
  receivedContactRequestListSchema,
  receivedContactRequestSchema,
  sendContactRequestSchema,
  sentContactRequestListSchema,
  sentContactRequestSchema,
  type AcceptContactRequest,
  type SendContactRequest,
} from '@commonroom/contracts';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { IdempotencyKey } from '../../infrastructure/idempotency/idempotency-key.decorator';
import { ContactRequestsService } from './contact-requests.service';

const tags = ['contact-requests'];
const params = contactRequestIdParamsSchema;

/** Asking a colleague for a way to get in touch, and answering such requests. Signed-in people only. */
@Controller('api')
export class ContactRequestsController {
  constructor(private readonly requests: ContactRequestsService) {}

  @Post('people/:userId/contact-requests')
  @Contract({
    summary: 'Ask a person for a way to get in touch; send an Idempotency-Key so a retry returns the same request',
    description: 'A pending request, a recent silent decline and a block all answer the same 409.',
    tags,
    params: personIdParamsSchema,
    body: sendContactRequestSchema,
    response: sentContactRequestSchema,
    status: 201,
  })
  send(
    @Param('userId') userId: string,
    @Body() body: SendContactRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.requests.send(userId, body, actor, client, key);
  }

  @Get('me/contact-requests/received')
  @Contract({
    summary: 'Every contact request you have received, newest first, with how many await an answer',
    tags,
    response: receivedContactRequestListSchema,
  })
  received(@CurrentActor() actor: Actor) {
    return this.requests.listReceived(actor);
  }

  @Get('me/contact-requests/sent')
  @Contract({
    summary: 'The contact requests you have sent; a declined one still reads as pending',
    tags,
    response: sentContactRequestListSchema,
  })
  sent(@CurrentActor() actor: Actor) {
    return this.requests.listSent(actor);
  }

  @Post('me/contact-requests/:id/accept')
  @Contract({
    summary: 'Accept a request you received, revealing the contact routes you choose; a private conversation opens',
    tags,
    params,
    body: acceptContactRequestSchema,
    response: acceptedContactRequestSchema,
    status: 200,
  })
  accept(
    @Param('id') id: string,
    @Body() body: AcceptContactRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.requests.accept(id, body, actor, client);
  }

  @Post('me/contact-requests/:id/decline')
  @Contract({
    summary: 'Decline a request you received (the sender is not told), optionally blocking the sender',
    tags,
    params,
    body: declineContactRequestSchema,
    response: receivedContactRequestSchema,
    status: 200,
  })
  decline(
    @Param('id') id: string,
    @Body() body: { block: boolean },
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.requests.decline(id, body, actor, client);
  }

  @Get('me/contact-blocks')
  @Contract({ summary: 'The people you have blocked, most recent first', tags, response: contactBlockListSchema })
  blocks(@CurrentActor() actor: Actor) {
    return this.requests.listBlocks(actor);
  }

  @Put('me/contact-blocks/:userId')
  @Contract({
    summary: 'Block a person: no contact requests from them, and no private conversations started between you',
    tags,
    params: personIdParamsSchema,
  })
  block(@Param('userId') userId: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.requests.block(userId, actor, client);
  }

  @Delete('me/contact-blocks/:userId')
  @Contract({ summary: 'Let a person you blocked send you contact requests again', tags, params: personIdParamsSchema })
  unblock(@Param('userId') userId: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.requests.unblock(userId, actor, client);
  }
}
