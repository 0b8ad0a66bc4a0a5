import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  communityDetailSchema,
  communityListQuerySchema,
  communityPageSchema,
  communitySlugParamsSchema,
  createCommunityRequestSchema,
  joinCommunityRequestSchema,
  joinCommunityResultSchema,
  updateCommunityRequestSchema,
  type CommunityListQuery,
  type CreateCommunityRequest,
  type JoinCommunityRequest,
  type UpdateCommunityRequest,
} from '@commonroom/contracts';
import { Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { CommunitiesService } from './communities.service';
import { CommunityMembershipService } from './community-membership.service';

const tags = ['communities'];
const params = communitySlugParamsSchema;

@Controller('api/communities')
export class CommunitiesController {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly membership: CommunityMembershipService,
  ) {}

  @Get()
  @Public()
  @Contract({
    summary: 'List communities the viewer may see',
    tags,
    query: communityListQuerySchema,
    response: communityPageSchema,
  })
  list(@Query() query: CommunityListQuery, @CurrentActor() actor: Actor | undefined) {
    return this.communities.list(query, actor);
  }

  @Post()
  @Contract({
    summary: 'Create a community; the creator facilitates it',
    tags,
    body: createCommunityRequestSchema,
    response: communityDetailSchema,
    status: 201,
  })
  create(@Body() body: CreateCommunityRequest, @CurrentActor() actor: Actor) {
    return this.communities.create(body, actor);
  }

  @Get(':slug')
  @Public()
  @Contract({
    summary: 'A community’s home, with the viewer’s abilities (404 when hidden from the viewer)',
    tags,
    params,
    response: communityDetailSchema,
  })
  detail(@Param('slug') slug: string, @CurrentActor() actor: Actor | undefined) {
    return this.communities.detail(slug, actor);
  }

  @Patch(':slug')
  @Contract({
    summary: 'Change a community’s settings and tools (facilitators)',
    tags,
    params,
    body: updateCommunityRequestSchema,
    response: communityDetailSchema,
  })
  update(
    @Param('slug') slug: string,
    @Body() body: UpdateCommunityRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.communities.update(slug, body, actor, client);
  }

  @Post(':slug/join')
  @Contract({
    summary: 'Join an open community, or ask to join one that takes requests',
    tags,
    params,
    body: joinCommunityRequestSchema,
    response: joinCommunityResultSchema,
  })
  join(@Param('slug') slug: string, @Body() body: JoinCommunityRequest, @CurrentActor() actor: Actor) {
    return this.membership.join(slug, actor, body.message);
  }

  @Post(':slug/leave')
  @Contract({ summary: 'Leave a community', tags, params })
  leave(@Param('slug') slug: string, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.membership.leave(slug, actor, client);
  }
}
