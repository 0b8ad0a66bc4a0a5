import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  changeMemberRoleRequestSchema,
  communityInvitationListSchema,
  communityMemberPageSchema,
  communityMemberParamsSchema,
  communityMemberSchema,
  communitySlugParamsSchema,
  decideJoinRequestSchema,
  invitationIdParamsSchema,
  inviteRequestSchema,
  inviteResultSchema,
  joinRequestListSchema,
  joinRequestParamsSchema,
  pageQuerySchema,
  type DecideJoinRequest,
  type InviteRequest,
  type PageQuery,
} from '@commonroom/contracts';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { CommunityInvitationsService } from './community-invitations.service';
import { CommunityMembershipService } from './community-membership.service';

const tags = ['communities'];
const params = communitySlugParamsSchema;

/** Members, requests and invitations of one community. */
@Controller('api/communities/:slug')
export class CommunityMembersController {
  constructor(
    private readonly membership: CommunityMembershipService,
    private readonly invitations: CommunityInvitationsService,
  ) {}

  @Get('members')
  @Contract({
    summary: 'The members list tool (404 when the tool is switched off)',
    tags,
    params,
    query: pageQuerySchema,
    response: communityMemberPageSchema,
  })
  members(@Param('slug') slug: string, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.membership.toolMembers(slug, actor, query);
  }

  @Get('settings/members')
  @Contract({
    summary: 'Members, for facilitators managing them (whether or not the members tool is on)',
    tags,
    params,
    query: pageQuerySchema,
    response: communityMemberPageSchema,
  })
  managedMembers(@Param('slug') slug: string, @Query() query: PageQuery, @CurrentActor() actor: Actor) {
    return this.membership.managedMembers(slug, actor, query);
  }

  @Patch('members/:userId')
  @Contract({
    summary: 'Make a member a facilitator, or a facilitator a member',
    tags,
    params: communityMemberParamsSchema,
    body: changeMemberRoleRequestSchema,
    response: communityMemberSchema,
  })
  changeRole(
    @Param('slug') slug: string,
    @Param('userId') userId: string,
    @Body() body: { role: 'facilitator' | 'member' },
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.membership.changeRole(slug, userId, body.role, actor, client);
  }

  @Delete('members/:userId')
  @Contract({
    summary: 'Remove a member (not one who belongs through an affiliation)',
    tags,
    params: communityMemberParamsSchema,
  })
  remove(
    @Param('slug') slug: string,
    @Param('userId') userId: string,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.membership.remove(slug, userId, actor, client);
  }

  @Get('requests')
  @Contract({ summary: 'Pending requests to join', tags, params, response: joinRequestListSchema })
  requests(@Param('slug') slug: string, @CurrentActor() actor: Actor) {
    return this.membership.requests(slug, actor);
  }

  @Post('requests/:requestId/decision')
  @Contract({
    summary: 'Approve or decline a request to join',
    tags,
    params: joinRequestParamsSchema,
    body: decideJoinRequestSchema,
  })
  decide(
    @Param('slug') slug: string,
    @Param('requestId') requestId: string,
    @Body() body: DecideJoinRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.membership.decide(slug, requestId, body.decision, actor, client);
  }

  @Get('invitations')
  @Contract({
    summary: 'Invitations not yet accepted or withdrawn',
    tags,
    params,
    response: communityInvitationListSchema,
  })
  invitationList(@Param('slug') slug: string, @CurrentActor() actor: Actor) {
    return this.invitations.list(slug, actor);
  }

  @Post('invitations')
  @Contract({
    summary: 'Invite people by email, with or without an account',
    tags,
    params,
    body: inviteRequestSchema,
    response: inviteResultSchema,
    status: 202,
  })
  invite(
    @Param('slug') slug: string,
    @Body() body: InviteRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.invitations.invite(slug, body, actor, client);
  }

  @Delete('invitations/:invitationId')
  @Contract({ summary: 'Withdraw an invitation', tags, params: invitationIdParamsSchema })
  revoke(
    @Param('slug') slug: string,
    @Param('invitationId') invitationId: string,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.invitations.revoke(slug, invitationId, actor, client);
  }
}
