import { OutboxEventEntity } from '../events/outbox-event.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { StreamEventEntity, StreamHeadEntity } from '../realtime/stream-event.entity';
import { EmailTokenEntity } from '../../modules/accounts/email-token.entity';
import { RecoveryCodeEntity } from '../../modules/accounts/recovery-code.entity';
import { SessionEntity } from '../../modules/accounts/session.entity';
import { UserIdentityEntity } from '../../modules/accounts/user-identity.entity';
import { UserEntity } from '../../modules/accounts/user.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { CommunityEntity } from '../../modules/communities/community.entity';
import { CommunityInvitationEntity, CommunityJoinRequestEntity, CommunityMemberEntity } from '../../modules/communities/community-member.entity';
import { DiscussionDraftEntity } from '../../modules/discussions/discussion-draft.entity';
import { DiscussionPostEntity } from '../../modules/discussions/discussion-post.entity';
import { PostMentionEntity } from '../../modules/discussions/post-mention.entity';
import { PostRevisionEntity } from '../../modules/discussions/post-revision.entity';
import { DiscussionThreadEntity } from '../../modules/discussions/discussion-thread.entity';
import { PostFlagEntity } from '../../modules/discussions/post-flag.entity';
import { PostReactionEntity } from '../../modules/discussions/post-reaction.entity';
import { ThreadReaderEntity } from '../../modules/discussions/thread-reader.entity';
import { ForumCategoryWatchEntity } from '../../modules/forums/forum-category-watch.entity';
import { ForumCategoryEntity } from '../../modules/forums/forum-category.entity';
import { ForumThreadEntity } from '../../modules/forums/forum-thread.entity';
import { PostUploadEntity, UploadEntity } from '../../modules/uploads/upload.entity';
import { AffiliationEntity } from '../../modules/organisations/affiliation.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { AgreementAcceptanceEntity, AgreementEntity, AgreementVersionEntity } from '../../modules/partnerships/agreement.entity';
import { PartnershipEntity, PartnershipMemberEntity } from '../../modules/partnerships/partnership.entity';

/**
 * Every entity, listed explicitly (no globs): the app, the CLI and migration generation all
 * read this one list. A feature adds its entities here.
 */
import { ProfileEntity } from '../../modules/profiles/profile.entity';
import { ContactRequestEntity } from '../../modules/contacts/contact-request.entity';
import { ContactBlockEntity } from '../../modules/contacts/contact-block.entity';
import { SearchLexiconEntity } from '../../modules/search/search-lexicon.entity';

export const ENTITIES = [
  OutboxEventEntity,
  OrganisationEntity,
  UserEntity,
  UserIdentityEntity,
  SessionEntity,
  EmailTokenEntity,
  RecoveryCodeEntity,
  AuditEventEntity,
  AffiliationEntity,
  PartnershipEntity,
  PartnershipMemberEntity,
  AgreementEntity,
  AgreementVersionEntity,
  AgreementAcceptanceEntity,
  CommunityEntity,
  CommunityMemberEntity,
  CommunityJoinRequestEntity,
  CommunityInvitationEntity,
  StreamEventEntity,
  StreamHeadEntity,
  IdempotencyKeyEntity,
  DiscussionThreadEntity,
  DiscussionPostEntity,
  PostRevisionEntity,
  PostMentionEntity,
  PostReactionEntity,
  PostFlagEntity,
  ThreadReaderEntity,
  DiscussionDraftEntity,
  ForumCategoryEntity,
  ForumThreadEntity,
  ForumCategoryWatchEntity,
  UploadEntity,
  PostUploadEntity,
  ProfileEntity,
  ContactRequestEntity,
  ContactBlockEntity,
  SearchLexiconEntity,
];
