import { Module } from '@nestjs/common';
import { CommunitiesModule } from '../communities';
import { OrganisationsModule } from '../organisations';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';
import { PartnershipAccessService } from './partnership-access.service';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsRepository } from './partnerships.repository';
import { PartnershipsService } from './partnerships.service';

/** Partnerships, their member organisations, agreements, and their private community spaces. */
@Module({
  imports: [OrganisationsModule, CommunitiesModule],
  controllers: [PartnershipsController],
  providers: [
    PartnershipsRepository,
    AgreementsRepository,
    PartnershipsService,
    PartnershipAccessService,
    AgreementsService,
  ],
  exports: [PartnershipsService],
})
export class PartnershipsModule {}
