import { INFRASTRUCTURE_ENTITIES, type EntityClasses } from './infrastructure/database/entities';
import { ACCOUNTS_ENTITIES } from './modules/accounts/accounts.entities';
import { AUDIT_ENTITIES } from './modules/audit/audit.entities';
import { COMMUNITIES_ENTITIES } from './modules/communities/communities.entities';
import { CONTACTS_ENTITIES } from './modules/contacts/contacts.entities';
import { EMAIL_ALERTS_ENTITIES } from './modules/email-alerts/email-alerts.entities';
import { CONVERSATIONS_ENTITIES } from './modules/conversations/conversations.entities';
import { DISCUSSIONS_ENTITIES } from './modules/discussions/discussions.entities';
import { FORUMS_ENTITIES } from './modules/forums/forums.entities';
import { NOTIFICATIONS_ENTITIES } from './modules/notifications/notifications.entities';
import { ORGANISATIONS_ENTITIES } from './modules/organisations/organisations.entities';
import { PARTNERSHIPS_ENTITIES } from './modules/partnerships/partnerships.entities';
import { PROFILES_ENTITIES } from './modules/profiles/profiles.entities';
import { SEARCH_ENTITIES } from './modules/search/search.entities';
import { UPLOADS_ENTITIES } from './modules/uploads/uploads.entities';

/**
 * Every table's entity, by owner: the app, the CLI (migration generation) and the tests take this
 * one list. A module adds an entity to its own `<module>.entities.ts`; the boundary test
 * (`module-boundaries.spec.ts`) reads the same lists to know who owns which table.
 */
export const ENTITIES_BY_OWNER = {
  infrastructure: INFRASTRUCTURE_ENTITIES,
  accounts: ACCOUNTS_ENTITIES,
  audit: AUDIT_ENTITIES,
  organisations: ORGANISATIONS_ENTITIES,
  partnerships: PARTNERSHIPS_ENTITIES,
  communities: COMMUNITIES_ENTITIES,
  uploads: UPLOADS_ENTITIES,
  discussions: DISCUSSIONS_ENTITIES,
  forums: FORUMS_ENTITIES,
  profiles: PROFILES_ENTITIES,
  contacts: CONTACTS_ENTITIES,
  conversations: CONVERSATIONS_ENTITIES,
  search: SEARCH_ENTITIES,
  notifications: NOTIFICATIONS_ENTITIES,
  'email-alerts': EMAIL_ALERTS_ENTITIES,
} as const satisfies Record<string, EntityClasses>;

export const APP_ENTITIES: EntityClasses = Object.values(ENTITIES_BY_OWNER).flat();
