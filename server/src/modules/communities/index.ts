// Minimal public surface for the discussion engine's branch; the ownership work writes the full one.
export { CommunitiesModule } from './communities.module';
export { CommunityAccessService, type CommunityContext } from './community-access.service';
export { communityPolicy, type CommunitySubject } from './community.policy';
export { CommunityEntity } from './community.entity';
