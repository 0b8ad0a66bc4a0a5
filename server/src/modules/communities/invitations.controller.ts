import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import {
  invitationAcceptedSchema,
  invitationSignUpRequestSchema,
  invitationTokenParamsSchema,
  invitationViewSchema,
  type InvitationAccepted,
  type InvitationSignUpRequest,
} from '@commonroom/contracts';
import type { FastifyReply } from 'fastify';
import { Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { AuthCookies } from '../../infrastructure/auth/cookies';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { CommunityInvitationsService } from './community-invitations.service';

const tags = ['communities'];
const params = invitationTokenParamsSchema;

/** The invitee's side of an emailed invitation; the token in the link is the permission. */
@Controller('api/invitations/:token')
export class InvitationsController {
  constructor(
    private readonly invitations: CommunityInvitationsService,
    private readonly cookies: AuthCookies,
  ) {}

  @Get()
  @Public()
  @Contract({ summary: 'What an invitation link offers', tags, params, response: invitationViewSchema })
  view(@Param('token') token: string) {
    return this.invitations.view(token);
  }

  @Post('accept')
  @Contract({ summary: 'Accept an invitation sent to my address', tags, params, response: invitationAcceptedSchema })
  accept(@Param('token') token: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.invitations.accept(token, actor, client);
  }

  @Post('sign-up')
  @Public()
  @Contract({
    summary: 'Create an account for the invited address, join, and sign in',
    tags,
    params,
    body: invitationSignUpRequestSchema,
    response: invitationAcceptedSchema,
    status: 201,
  })
  async signUp(
    @Param('token') token: string,
    @Body() body: InvitationSignUpRequest,
    @RequestClient() client: ClientInfo,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvitationAccepted> {
    const { session, ...accepted } = await this.invitations.signUp(token, body, client);
    this.cookies.setSession(reply, session.token, session.expiresAt);
    return accepted;
  }
}
