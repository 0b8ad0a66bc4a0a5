/** What other modules may use of communities. Anything not exported here is private to the module. */
export { CommunitiesModule } from './communities.module';
export { COMMUNITIES_READ_MODELS } from './communities.read-models';
export { CommunitiesService, type NewCommunity } from './communities.service';
export { CommunityAccessService, type CommunityContext } from './community-access.service';
export { CommunityMembershipService } from './community-membership.service';
export { communityPolicy, type CommunityAction, type CommunitySubject } from './community.policy';
/** For foreign-key relations only. */
export { CommunityEntity } from './community.entity';
export {
  PARTNERSHIP_REF_COLUMNS,
  PARTNERSHIP_REF_JOINS,
  toPartnershipRef,
  type PartnershipRefRow,
} from './partnership-ref';
