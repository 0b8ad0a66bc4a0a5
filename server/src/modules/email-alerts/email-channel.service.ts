import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { JobQueue } from '../../infrastructure/jobs';
import { NotificationChannels, type CreatedNotice } from '../notifications';
import { emailsNow } from './email-decision';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { releaseTime } from './london-clock';

export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';

/** One person's email about one thread: ids only; the job reads everything else when it runs. */
export interface NotificationEmailJob {
  userId: string;
  threadId: string;
}

/**
 * The email channel of notices. In the notifier's transaction it decides, per new notice, whether
 * it is emailed now, and queues one job per person and thread keyed `<userId>:<threadId>`: while
 * that job waits (the batching window, or quiet hours) later notices join it instead of adding
 * another, so a burst of replies is one email.
 */
@Injectable()
export class EmailChannel implements OnModuleInit {
  constructor(
    private readonly channels: NotificationChannels,
    private readonly jobs: JobQueue,
    private readonly preferences: EmailPreferencesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.channels.register({ noticesCreated: (manager, notices) => this.noticesCreated(manager, notices) });
  }

  async noticesCreated(manager: EntityManager, notices: CreatedNotice[], now = new Date()): Promise<void> {
    // Notices about no thread (contact requests, memberships) already have their own emails.
    const about = notices.filter((n): n is CreatedNotice & { threadId: string } => n.threadId !== null);
    const rows = await this.preferences.deliveryPlans(manager, about);
    const plans = new Map(rows.map((r) => [`${r.user_id}:${r.thread_id}`, r]));
    const due = new Date(now.getTime() + this.config.mail.alertBatchSeconds * 1000);
    const items = new Map<string, { data: NotificationEmailJob; key: string; startAfter: Date }>();
    for (const notice of about) {
      const key = `${notice.userId}:${notice.threadId}`;
      const plan = plans.get(key);
      if (!plan || !emailsNow(plan, notice.kind)) continue;
      const quiet =
        plan.quiet_start === null || plan.quiet_end === null ? null : { start: plan.quiet_start, end: plan.quiet_end };
      items.set(key, {
        data: { userId: notice.userId, threadId: notice.threadId },
        key,
        startAfter: releaseTime(due, quiet),
      });
    }
    if (items.size > 0) await this.jobs.sendMany(NOTIFICATION_EMAIL_QUEUE, [...items.values()], manager);
  }
}
