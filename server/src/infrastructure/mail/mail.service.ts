import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue, type BatchOutcome, type Job } from '../jobs/job-queue';
import { MetricsService } from '../observability/metrics.service';
import { SecretBox } from '../security/secret-box';
import { MAIL_TRANSPORT, MailDeliveryError, type MailTransport, type OutgoingMail } from './mail-transport';
import { renderEmail, type EmailContent } from './render-email';

export const MAIL_QUEUE = 'mail';
/**
 * Messages fetched per worker call: a digest run queues 40,000, and each fetch sorts the waiting
 * ones, so fetching them one at a time cost more than sending them. The pooled SMTP connections
 * (smtp-mail.transport.ts) carry a batch in parallel.
 */
const MAIL_BATCH = 50;

/** A queued message: sealed, because links in it carry tokens; the category is there for metrics. */
interface MailJob {
  category: string;
  sealed: string;
}

export interface SendOptions {
  /** Queue the message in the caller's transaction: it is sent only if the change commits. */
  manager?: EntityManager;
}

/**
 * The one way features send email. `send` puts the message on the `mail` job queue and returns;
 * the queue's worker hands it to the mail server and, when that fails, retries with backoff until
 * it is set aside for an administrator. So a mail server outage delays email and loses none.
 * Logs carry the category and a hash of the recipient — never the address, subject or body,
 * which can carry tokens or incident text.
 */
@Injectable()
export class MailService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('MailService');

  constructor(
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly secrets: SecretBox,
  ) {}

  onModuleInit(): void {
    const { retryLimit, retryDelaySeconds } = this.config.mail;
    this.jobs.define<MailJob>(
      { name: MAIL_QUEUE, retryLimit, retryDelaySeconds, expireInSeconds: 120, concurrency: 2, batchSize: MAIL_BATCH },
      (jobs) => this.deliverAll(jobs),
    );
  }

  /** Resolves once the message is queued (with `manager`: queued in that transaction). */
  async send(message: OutgoingMail, options: SendOptions = {}): Promise<void> {
    await this.jobs.send(MAIL_QUEUE, this.sealed(message), options.manager ? { manager: options.manager } : {});
    this.logger.log({ category: message.category, recipient: recipientHash(message.to) }, 'Email queued');
  }

  /** Queues many messages in one statement (digests: a page of people at a time). */
  async sendMany(messages: OutgoingMail[], options: SendOptions = {}): Promise<void> {
    if (messages.length === 0) return;
    await this.jobs.sendMany(
      MAIL_QUEUE,
      messages.map((message) => ({ data: this.sealed(message) })),
      options.manager,
    );
    for (const { category, to } of messages)
      this.logger.log({ category, recipient: recipientHash(to) }, 'Email queued');
  }

  private sealed(message: OutgoingMail): MailJob {
    return { category: message.category, sealed: this.secrets.seal(JSON.stringify(message)) };
  }

  /**
   * Renders and queues a notice the person can ask for again (a link, an invitation). Answers false
   * instead of failing the request when even queueing failed (the database is down).
   */
  async sendNotice(
    to: string,
    category: string,
    subject: string,
    content: EmailContent,
    options: SendOptions = {},
  ): Promise<boolean> {
    try {
      await this.send({ to, subject, category, ...renderEmail(content) }, options);
      return true;
    } catch (error) {
      this.logger.error({ category, recipient: recipientHash(to), reason: reasonOf(error) }, 'Email not queued');
      return false;
    }
  }

  /** An absolute link into the app, for an email. */
  link(path: string): string {
    return `${this.config.http.publicUrl}${path}`;
  }

  /** A batch of the `mail` queue, in parallel over the pooled connections; only the refused ones are retried. */
  async deliverAll(jobs: Job<MailJob>[]): Promise<BatchOutcome> {
    const results = await Promise.allSettled(jobs.map((job) => this.deliver(job)));
    const failed = results.flatMap((result, i) =>
      result.status === 'rejected' ? [{ id: jobs[i]!.id, error: toError(result.reason) }] : [],
    );
    return { failed };
  }

  /** One `mail` job: throws `MailDeliveryError` when the server does not accept it, so the queue retries. */
  async deliver(job: Job<MailJob>): Promise<void> {
    const message = JSON.parse(this.secrets.open(job.data.sealed)) as OutgoingMail;
    const fields = { category: message.category, recipient: recipientHash(message.to), jobId: job.id };
    try {
      await this.transport.deliver({ ...message, from: this.config.mail.from });
    } catch (error) {
      const reason = reasonOf(error);
      this.metrics.mailMessages.inc({ category: message.category, outcome: 'failed' });
      this.logger.warn({ ...fields, reason }, 'Email could not be sent; it will be retried');
      throw new MailDeliveryError(message.category, reason);
    }
    this.metrics.mailMessages.inc({ category: message.category, outcome: 'sent' });
    this.logger.log(fields, 'Email sent');
  }

  /** After the job workers stopped (before shutdown), so no delivery loses its connection. */
  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}

/** Lets support follow one person's messages through the logs without the logs holding addresses. */
export function recipientHash(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex').slice(0, 16);
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(typeof reason);
}

/** Only codes: SMTP error messages often quote the recipient's address. */
function reasonOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return String(responseCode);
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : undefined;
}
