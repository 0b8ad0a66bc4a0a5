import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { JobQueue } from '../../infrastructure/jobs';
import { NotificationsRepository } from './notifications.repository';

export const NOTIFICATION_INBOX_PRUNE_QUEUE = 'notification-inbox-prune';

/**
 * How long handled event ids are kept. The outbox retries a failed event for hours at most; a
 * month is far beyond any redelivery, and the table stays the size of a month of events.
 */
export const INBOX_KEEP_DAYS = 30;

/** Forgets old handled outbox events every night (Europe/London), on worker nodes. */
@Injectable()
export class NotificationInboxPruning implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobQueue,
    private readonly notices: NotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: NOTIFICATION_INBOX_PRUNE_QUEUE, retryLimit: 3 }, async () => {
      await this.notices.pruneInbox(INBOX_KEEP_DAYS);
    });
  }

  /** Idempotent: pg-boss keeps one schedule per queue. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs.work) await this.jobs.schedule(NOTIFICATION_INBOX_PRUNE_QUEUE, '17 3 * * *');
  }
}
