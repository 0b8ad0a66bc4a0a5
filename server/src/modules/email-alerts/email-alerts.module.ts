import { Module } from '@nestjs/common';
import { MailInModule } from '../mail-in';
import { NotificationsModule } from '../notifications';
import { EmailChannel } from './email-channel.service';
import { NotificationEmailService } from './notification-email.service';
import { AlertThreadsRepository } from './alert-threads.repository';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import { EmailAlertsController } from './email-alerts.controller';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { EmailPreferencesService } from './email-preferences.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** Email alerts: preferences, the email channel for notices, digests and unsubscribe (docs/email-alerts.md). */
@Module({
  imports: [NotificationsModule, MailInModule],
  controllers: [EmailAlertsController],
  providers: [
    EmailPreferencesRepository,
    AlertThreadsRepository,
    DigestRepository,
    EmailPreferencesService,
    UnsubscribeTokens,
    DigestService,
    EmailChannel,
    NotificationEmailService,
  ],
  exports: [EmailPreferencesService, DigestService],
})
export class EmailAlertsModule {}
