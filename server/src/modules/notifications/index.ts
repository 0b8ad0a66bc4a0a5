/** What other modules may use of notifications (docs/notifications.md). */
export { NotificationsModule } from './notifications.module';
export { Notifier } from './notifier';
export { NotificationChannels } from './notification-channels';
export { NotificationsReader } from './notifications-reader';
export { NotificationsService, noticePath } from './notifications.service';
export type { NoticeInput, CreatedNotice, NoticeForEmail, NotificationChannel } from './notice.types';
