import { Module } from '@nestjs/common';
import { NotificationChannels } from './notification-channels';
import { NotificationsReader } from './notifications-reader';
import { NotificationsRepository } from './notifications.repository';
import { Notifier, TransactionalNotifier } from './notifier';

/**
 * In-app notices: the one place features send notices through (`Notifier`), the channels that
 * carry them further (`NotificationChannels`: email alerts), the bell and the notifications page.
 */
@Module({
  providers: [
    NotificationsRepository,
    NotificationChannels,
    NotificationsReader,
    TransactionalNotifier,
    { provide: Notifier, useExisting: TransactionalNotifier },
  ],
  exports: [Notifier, NotificationChannels, NotificationsReader],
})
export class NotificationsModule {}
