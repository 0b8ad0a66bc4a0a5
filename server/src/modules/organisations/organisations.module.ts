import { Module } from '@nestjs/common';
import { AffiliationsController } from './affiliations.controller';
import { AffiliationsService } from './affiliations.service';
import { OrganisationPagesService } from './organisation-pages.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationsController, AffiliationsController],
  providers: [OrganisationsService, OrganisationsRepository, OrganisationPagesService, AffiliationsService],
  exports: [OrganisationsService, AffiliationsService],
})
export class OrganisationsModule {}
