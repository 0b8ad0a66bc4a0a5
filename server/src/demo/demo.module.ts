import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../modules/discussions/discussions.module';
import { ForumsModule } from '../modules/forums/forums.module';
import { OrganisationsModule } from '../modules/organisations/organisations.module';
import { ProfilesModule } from '../modules/profiles/profiles.module';
import { DemoForumsSeeder } from './demo-forums.seeder';
import { DemoNetworkSeeder } from './demo-network.seeder';
import { DemoNoticesSeeder } from './demo-notices.seeder';
import { DemoProfilesSeeder } from './demo-profiles.seeder';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [OrganisationsModule, DiscussionsModule, ForumsModule, ProfilesModule],
  providers: [DemoSeedService, DemoNetworkSeeder, DemoForumsSeeder, DemoProfilesSeeder, DemoNoticesSeeder],
  exports: [DemoSeedService],
})
export class DemoModule {}
