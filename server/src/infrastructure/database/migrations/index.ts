import type { MigrationInterface } from 'typeorm';
import { Foundation1795332458389 } from './1795332458389-foundation';
import { Accounts1795333353925 } from './1795333353925-accounts';
import { OrganisationsCommunities1795336765089 } from './1795336765089-organisations-communities';
import { OrganisationImports1795345000000 } from './1795345000000-organisation-imports';
import { Discussions1795350000000 } from './1795350000000-discussions';
import { PeopleSearch1795360000000 } from './1795360000000-people-search';
import { PublishedReadModels1795370000000 } from './1795370000000-published-read-models';
import { DiscussionReadModels1795375000000 } from './1795375000000-discussion-read-models';
import { ModuleReadModels1795380000000 } from './1795380000000-module-read-models';
import { StreamPositions1795385000000 } from './1795385000000-stream-positions';
import { ScopedSearchLexicon1795391000000 } from './1795391000000-scoped-search-lexicon';
import { UploadFirstCommunity1795392000000 } from './1795392000000-upload-first-community';
import { Conversations1795400000000 } from './1795400000000-conversations';
import { HomeReadModels1795410000000 } from './1795410000000-home-read-models';
import { ModerationReasons1795430000000 } from './1795430000000-moderation-reasons';
import { PublicReading1795450000000 } from './1795450000000-public-reading';
import { InvitationNotices1795519000000 } from './1795519000000-invitation-notices';
import { Notifications1795510000000 } from './1795510000000-notifications';
import { EmailAlerts1795520000000 } from './1795520000000-email-alerts';
import { ReplyByEmail1795530000000 } from './1795530000000-reply-by-email';
import { Feeds1795540000000 } from './1795540000000-feeds';
import { NotificationInbox1795570000000 } from './1795570000000-notification-inbox';

/** A migration as TypeORM runs it: a class it instantiates. */
type MigrationClass = new () => MigrationInterface;

/**
 * Every migration in the order it runs. `npm run migration:generate -w @commonroom/server -- Name`
 * writes a new file beside this one and adds it here.
 */
export const MIGRATIONS: MigrationClass[] = [
  Foundation1795332458389,
  Accounts1795333353925,
  OrganisationsCommunities1795336765089,
  OrganisationImports1795345000000,
  Discussions1795350000000,
  PeopleSearch1795360000000,
  PublishedReadModels1795370000000,
  DiscussionReadModels1795375000000,
  ModuleReadModels1795380000000,
  StreamPositions1795385000000,
  ScopedSearchLexicon1795391000000,
  UploadFirstCommunity1795392000000,
  Conversations1795400000000,
  HomeReadModels1795410000000,
  ModerationReasons1795430000000,
  PublicReading1795450000000,
  Notifications1795510000000,
  InvitationNotices1795519000000,
  EmailAlerts1795520000000,
  ReplyByEmail1795530000000,
  Feeds1795540000000,
  NotificationInbox1795570000000,
];
