import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../modules/organisations/organisations.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [OrganisationsModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
