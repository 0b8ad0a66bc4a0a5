import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import {
  directoryOverviewSchema,
  organisationAffiliationListSchema,
  organisationAffiliationQuerySchema,
  organisationDetailSchema,
  organisationSlugParamsSchema,
  updateOrganisationRequestSchema,
  type OrganisationAffiliationQuery,
  type UpdateOrganisationRequest,
  organisationListQuerySchema,
  organisationPageSchema,
  type DirectoryOverview,
  type OrganisationListQuery,
  type OrganisationPage,
} from '@commonroom/contracts';
import { Public } from '../../infrastructure/auth/access.decorators';
import { CurrentActor, RequestClient, type Actor, type ClientInfo } from '../../infrastructure/auth/actor';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { AffiliationsService } from './affiliations.service';
import { OrganisationPagesService } from './organisation-pages.service';
import { OrganisationsService } from './organisations.service';

const tags = ['organisations'];
const params = organisationSlugParamsSchema;

@Controller('api/organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly pages: OrganisationPagesService,
    private readonly affiliations: AffiliationsService,
  ) {}

  @Get()
  @Public()
  @Contract({
    summary: 'List organisations in the public directory',
    tags: ['organisations'],
    query: organisationListQuerySchema,
    response: organisationPageSchema,
  })
  list(@Query() query: OrganisationListQuery): Promise<OrganisationPage> {
    return this.organisations.list(query);
  }

  @Get('overview')
  @Public()
  @Contract({
    summary: 'Count organisations by kind and region',
    tags: ['organisations'],
    response: directoryOverviewSchema,
  })
  overview(): Promise<DirectoryOverview> {
    return this.organisations.overview();
  }

  @Get(':slug')
  @Public()
  @Contract({
    summary: 'An organisation’s public page, with what the viewer may do there',
    tags,
    params,
    response: organisationDetailSchema,
  })
  detail(@Param('slug') slug: string, @CurrentActor() actor: Actor | undefined) {
    return this.pages.detail(slug, actor);
  }

  @Patch(':slug')
  @Contract({
    summary: 'Edit an organisation’s description, website, phases and email domains (its admins)',
    tags,
    params,
    body: updateOrganisationRequestSchema,
    response: organisationDetailSchema,
  })
  update(
    @Param('slug') slug: string,
    @Body() body: UpdateOrganisationRequest,
    @CurrentActor() actor: Actor,
    @RequestClient() client: ClientInfo,
  ) {
    return this.pages.update(slug, body, actor, client);
  }

  @Get(':slug/affiliations')
  @Contract({
    summary: 'People affiliated with an organisation: pending, current or past (its admins)',
    tags,
    params,
    query: organisationAffiliationQuerySchema,
    response: organisationAffiliationListSchema,
  })
  people(@Param('slug') slug: string, @Query() query: OrganisationAffiliationQuery, @CurrentActor() actor: Actor) {
    return this.affiliations.forOrganisation(slug, actor, query);
  }
}
