import { Module } from '@nestjs/common';
import { AlertThreadsRepository } from './alert-threads.repository';
import { DigestRepository } from './digest.repository';
import { DigestService } from './digest.service';
import { EmailAlertsController } from './email-alerts.controller';
import { EmailPreferencesRepository } from './email-preferences.repository';
import { EmailPreferencesService } from './email-preferences.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** Email alerts: preferences, the email channel for notices, digests and unsubscribe (docs/email-alerts.md). */
@Module({
  controllers: [EmailAlertsController],
  providers: [
    EmailPreferencesRepository,
    AlertThreadsRepository,
    DigestRepository,
    EmailPreferencesService,
    UnsubscribeTokens,
    DigestService,
  ],
  exports: [EmailPreferencesService, DigestService],
})
export class EmailAlertsModule {}
