import { Controller, Get, Query } from '@nestjs/common';
import {
  directoryOverviewSchema,
  organisationListQuerySchema,
  organisationPageSchema,
  type DirectoryOverview,
  type OrganisationListQuery,
  type OrganisationPage,
} from '@commonroom/contracts';
import { Public } from '../../infrastructure/auth/access.decorators';
import { Contract } from '../../infrastructure/http/contract.decorator';
import { OrganisationsService } from './organisations.service';

@Controller('api/organisations')
@Public()
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Contract({ summary: 'List organisations in the public directory', tags: ['organisations'], query: organisationListQuerySchema, response: organisationPageSchema })
  list(@Query() query: OrganisationListQuery): Promise<OrganisationPage> {
    return this.organisations.list(query);
  }

  @Get('overview')
  @Contract({ summary: 'Count organisations by kind and region', tags: ['organisations'], response: directoryOverviewSchema })
  overview(): Promise<DirectoryOverview> {
    return this.organisations.overview();
  }
}
