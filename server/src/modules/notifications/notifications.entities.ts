import { NotificationInboxEntity } from './notification-inbox.entity';
import { NotificationEntity } from './notification.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationInboxEntity];
