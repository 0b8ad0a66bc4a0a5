import { Module } from '@nestjs/common';
import { CommunitiesController } from './communities.controller';
import { CommunitiesRepository } from './communities.repository';
import { CommunitiesService } from './communities.service';
import { CommunityAccessService } from './community-access.service';
import { CommunityInvitationsRepository } from './community-invitations.repository';
import { CommunityInvitationsService } from './community-invitations.service';
import { CommunityMailService } from './community-mail.service';
import { CommunityMembersController } from './community-members.controller';
import { CommunityMembersRepository } from './community-members.repository';
import { CommunityMembershipService } from './community-membership.service';
import { CommunityStreams } from './community-streams';
import { InvitationsController } from './invitations.controller';

/** Communities, their membership and invitations. Later tools check access through CommunityAccessService. */
@Module({
  controllers: [CommunitiesController, CommunityMembersController, InvitationsController],
  providers: [
    CommunitiesRepository,
    CommunityMembersRepository,
    CommunityInvitationsRepository,
    CommunitiesService,
    CommunityAccessService,
    CommunityMembershipService,
    CommunityInvitationsService,
    CommunityMailService,
    CommunityStreams,
  ],
  exports: [CommunitiesService, CommunityAccessService, CommunityMembershipService],
})
export class CommunitiesModule {}
