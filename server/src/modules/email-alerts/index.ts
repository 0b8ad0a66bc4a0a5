/** What other modules may use of email alerts (docs/email-alerts.md). */
export { EmailAlertsModule } from './email-alerts.module';
export { EMAIL_ALERTS_ENTITIES } from './email-alerts.entities';
export { DigestService } from './digest.service';
