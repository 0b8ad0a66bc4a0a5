import { CommunityEntity } from './community.entity';
import { CommunityInvitationEntity } from './community-invitation.entity';
import { CommunityJoinRequestEntity } from './community-join-request.entity';
import { CommunityMemberEntity } from './community-member.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const COMMUNITIES_ENTITIES = [
  CommunityEntity,
  CommunityMemberEntity,
  CommunityJoinRequestEntity,
  CommunityInvitationEntity,
];
