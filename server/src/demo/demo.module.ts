import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../modules/organisations/organisations.module';
import { DemoNetworkSeeder } from './demo-network.seeder';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [OrganisationsModule], providers: [DemoSeedService, DemoNetworkSeeder], exports: [DemoSeedService] })
export class DemoModule {}
