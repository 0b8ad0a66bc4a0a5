import { Module } from '@nestjs/common';
import { NotificationChannels } from './notification-channels';
import { NotificationFactsRepository } from './notification-facts.repository';
import { NotificationInboxPruning } from './notification-inbox-pruning';
import { PeopleNotices } from './people-notices';
import { ThreadNotices } from './thread-notices';
import { NotificationsReader } from './notifications-reader';
import { NotificationsController } from './notifications.controller';
import { NotificationsListRepository } from './notifications-list.repository';
import { NotificationsService } from './notifications.service';
import { NotificationsRepository } from './notifications.repository';
import { Notifier, TransactionalNotifier } from './notifier';

/**
 * In-app notices: the one place features send notices through (`Notifier`), the channels that
 * carry them further (`NotificationChannels`: email alerts), the bell and the notifications page.
 */
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsListRepository,
    NotificationsService,
    NotificationsRepository,
    NotificationChannels,
    NotificationsReader,
    NotificationFactsRepository,
    ThreadNotices,
    PeopleNotices,
    NotificationInboxPruning,
    TransactionalNotifier,
    { provide: Notifier, useExisting: TransactionalNotifier },
  ],
  exports: [Notifier, NotificationChannels, NotificationsReader, NotificationsService],
})
export class NotificationsModule {}
