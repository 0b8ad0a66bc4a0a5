import { Module } from '@nestjs/common';
import { AffiliationsController } from './affiliations.controller';
import { AffiliationsRepository } from './affiliations.repository';
import { AffiliationsService } from './affiliations.service';
import { OrganisationImportService } from './import/organisation-import.service';
import { OrganisationImportsRepository } from './import/organisation-imports.repository';
import { OrganisationPagesService } from './organisation-pages.service';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  controllers: [OrganisationsController, AffiliationsController],
  providers: [
    OrganisationsService,
    OrganisationsRepository,
    OrganisationPagesService,
    AffiliationsRepository,
    AffiliationsService,
    OrganisationImportService,
    OrganisationImportsRepository,
  ],
  exports: [OrganisationsService, AffiliationsService, OrganisationImportService],
})
export class OrganisationsModule {}
