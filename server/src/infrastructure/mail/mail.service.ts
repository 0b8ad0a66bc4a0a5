import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from '../observability/metrics.service';
import { MAIL_TRANSPORT, MailDeliveryError, type MailTransport, type OutgoingMail } from './mail-transport';
import { renderEmail, type EmailContent } from './render-email';

/**
 * The one way features send email. Logs one line per message with its category and a hash of
 * the recipient — never the address, subject or body, which can carry tokens or incident text.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('MailService');

  constructor(
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Resolves once the message is accepted; throws `MailDeliveryError` when it is not. */
  async send(message: OutgoingMail): Promise<void> {
    const fields = { category: message.category, recipient: recipientHash(message.to) };
    try {
      await this.transport.deliver({ ...message, from: this.config.mail.from });
    } catch (error) {
      const reason = reasonOf(error);
      this.metrics.mailMessages.inc({ category: message.category, outcome: 'failed' });
      this.logger.error({ ...fields, reason }, 'Email could not be sent');
      throw new MailDeliveryError(message.category, reason);
    }
    this.metrics.mailMessages.inc({ category: message.category, outcome: 'sent' });
    this.logger.log(fields, 'Email sent');
  }

  /**
   * Renders and sends a notice the person can ask for again (a link, an invitation). A failure
   * is already logged by `send`; here it is answered with false instead of failing the request.
   */
  async sendNotice(to: string, category: string, subject: string, content: EmailContent): Promise<boolean> {
    try {
      await this.send({ to, subject, category, ...renderEmail(content) });
      return true;
    } catch {
      return false;
    }
  }

  /** An absolute link into the app, for an email. */
  link(path: string): string {
    return `${this.config.http.publicUrl}${path}`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.transport.close();
  }
}

/** Lets support follow one person's messages through the logs without the logs holding addresses. */
export function recipientHash(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16);
}

/** Only codes: SMTP error messages often quote the recipient's address. */
function reasonOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return String(responseCode);
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : undefined;
}
