import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import {
  addPartnershipMemberRequestSchema,
  agreeRequestSchema,
  agreementListSchema,
  agreementParamsSchema,
  agreementSchema,
  agreementVersionParamsSchema,
  createAgreementRequestSchema,
  createPartnershipRequestSchema,
  newAgreementVersionRequestSchema,
  partnershipDetailSchema,
  partnershipListQuerySchema,
  partnershipMemberParamsSchema,
  partnershipPageSchema,
  partnershipSlugParamsSchema,
  type AgreeRequest,
  type CreateAgreementRequest,
  type CreatePartnershipRequest,
  type NewAgreementVersionRequest,
  type PartnershipListQuery,
} from '@commonroom/contracts';
import { Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { AgreementsService } from './agreements.service';
import { PartnershipsService } from './partnerships.service';

const tags = ['partnerships'];
const params = partnershipSlugParamsSchema;

@Controller('api/partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly agreements: AgreementsService,
  ) {}

  @Get()
  @Public()
  @Contract({
    summary: 'List partnerships, optionally those one organisation belongs to',
    tags,
    query: partnershipListQuerySchema,
    response: partnershipPageSchema,
  })
  list(@Query() query: PartnershipListQuery) {
    return this.partnerships.list(query);
  }

  @Post()
  @Contract({
    summary: 'Create a partnership led by an organisation I administer; its private space is created with it',
    tags,
    body: createPartnershipRequestSchema,
    response: partnershipDetailSchema,
    status: 201,
  })
  create(@Body() body: CreatePartnershipRequest, @CurrentActor() actor: Actor, @RequestClient() client: ClientInfo) {
    return this.partnerships.create(body, actor, client);
  }

  @Get(':slug')
  @Public()
  @Contract({
    summary: 'A partnership, its members, and what the viewer may do',
    tags,
    params,
    response: partnershipDetailSchema,
  })
  detail(@Param('slug') slug: string, @CurrentActor() actor: Actor | undefined) {
    return this.partnerships.detail(slug, actor);
  }

  @Post(':slug/members')
  @Contract({
    summary: 'Add a member organisation (lead administrators)',
    tags,
    params,
    body: addPartnershipMemberRequestSchema,
    response: partnershipDetailSchema,
  })
  addMember(
    @Param('slug') slug: string,
    @Body() body: { organisationId: string },
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.partnerships.addMember(slug, body.organisationId, actor, client);
  }

  @Delete(':slug/members/:organisationId')
  @Contract({
    summary: 'Remove a member organisation; its staff lose the partnership space at once',
    tags,
    params: partnershipMemberParamsSchema,
    response: partnershipDetailSchema,
  })
  removeMember(
    @Param('slug') slug: string,
    @Param('organisationId') organisationId: string,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.partnerships.removeMember(slug, organisationId, actor, client);
  }

  @Get(':slug/agreements')
  @Contract({
    summary: 'Agreements with every version and who agreed when (the partnership’s people)',
    tags,
    params,
    response: agreementListSchema,
  })
  agreementList(@Param('slug') slug: string, @CurrentActor() actor: Actor) {
    return this.agreements.list(slug, actor);
  }

  @Post(':slug/agreements')
  @Contract({
    summary: 'Publish a new agreement as version 1 (lead administrators)',
    tags,
    params,
    body: createAgreementRequestSchema,
    response: agreementSchema,
    status: 201,
  })
  createAgreement(
    @Param('slug') slug: string,
    @Body() body: CreateAgreementRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.agreements.create(slug, body, actor, client);
  }

  @Post(':slug/agreements/:agreementId/versions')
  @Contract({
    summary: 'Publish a new version of an agreement (lead administrators)',
    tags,
    params: agreementParamsSchema,
    body: newAgreementVersionRequestSchema,
    response: agreementSchema,
    status: 201,
  })
  newVersion(
    @Param('slug') slug: string,
    @Param('agreementId') agreementId: string,
    @Body() body: NewAgreementVersionRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.agreements.newVersion(slug, agreementId, body, actor, client);
  }

  @Post(':slug/agreements/:agreementId/versions/:version/agree')
  @Contract({
    summary: 'Agree to the current version on behalf of a member organisation I administer',
    tags,
    params: agreementVersionParamsSchema,
    body: agreeRequestSchema,
    response: agreementSchema,
  })
  agree(
    @Param() path: { slug: string; agreementId: string; version: number },
    @Body() body: AgreeRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.agreements.agree(path.slug, path.agreementId, path.version, body.organisationId, actor, client);
  }
}
