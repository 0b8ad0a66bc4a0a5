import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { JobQueue, type Job } from '../../infrastructure/jobs';
import { MailService } from '../../infrastructure/mail/mail.service';
import { renderEmail } from '../../infrastructure/mail/render-email';
import { alertFooter, alertLinks, contextLabel, plural, unsubscribeHeaders, type AlertLinks } from './alert-emails';
import { AlertThreadsRepository } from './alert-threads.repository';
import { DigestRepository, type DigestPeriod, type DigestThreadRow } from './digest.repository';
import { londonClock } from './london-clock';
import { UnsubscribeTokens } from './unsubscribe-tokens';

export const DIGEST_RUN_QUEUE = 'digest-run';
export const DIGEST_QUEUE = 'digest';
const PAGE = 1000;

interface DigestJob {
  userId: string;
  period: DigestPeriod;
  at: string;
}

/**
 * Daily and weekly digests. `digest-run` (hourly) finds the people whose chosen UK hour it is and
 * queues one `digest` job each, a page of people at a time; each job builds one person's digest in
 * one statement, re-checking access then, and sends it. Nothing empty is sent.
 */
@Injectable()
export class DigestService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('DigestService');

  constructor(
    private readonly jobs: JobQueue,
    private readonly digests: DigestRepository,
    private readonly threads: AlertThreadsRepository,
    private readonly mail: MailService,
    private readonly tokens: UnsubscribeTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ at?: string }>({ name: DIGEST_RUN_QUEUE, retryLimit: 3 }, async ([job]) => {
      await this.queueDigests(job?.data.at ? new Date(job.data.at) : new Date());
    });
    this.jobs.define<DigestJob>({ name: DIGEST_QUEUE, concurrency: 4 }, (jobs) => this.sendAll(jobs));
  }

  /** Registers the hourly run on worker nodes (idempotent: pg-boss keeps one schedule per queue). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobs.work) await this.jobs.schedule(DIGEST_RUN_QUEUE, '0 * * * *');
  }

  /** Queues the digests due at `at` (the CLI passes a time; the schedule, now). Returns how many. */
  async queueDigests(at: Date): Promise<number> {
    const clock = londonClock(at);
    let queued = 0;
    for (const period of ['daily', 'weekly'] as const) {
      let after: string | null = null;
      for (;;) {
        const people = await this.digests.duePeople(period, clock.hour, clock.weekday, after, PAGE);
        if (people.length === 0) break;
        await this.jobs.sendMany<DigestJob>(
          DIGEST_QUEUE,
          people.map((userId) => ({
            data: { userId, period, at: at.toISOString() },
            key: `${userId}:${period}:${clock.date}`,
          })),
        );
        queued += people.length;
        after = people[people.length - 1]!;
      }
    }
    this.logger.log({ hour: clock.hour, date: clock.date, queued }, 'Digests queued');
    return queued;
  }

  private async sendAll(jobs: Job<DigestJob>[]): Promise<void> {
    for (const job of jobs) await this.send(job.data);
  }

  /** Builds and sends one person's digest; a failure throws so the job is retried. */
  async send({ userId, period, at }: DigestJob): Promise<boolean> {
    const when = new Date(at);
    const [rows, recipient] = await Promise.all([
      this.digests.threads(userId, period, when),
      this.threads.recipient(userId),
    ]);
    if (recipient && rows.length > 0) {
      const links = this.links(userId);
      await this.mail.send({
        to: recipient.email,
        subject: subjectOf(period, rows.length),
        category: `digest-${period}`,
        headers: unsubscribeHeaders(links),
        ...renderEmail(this.content(recipient.display_name, period, rows, links)),
      });
    }
    await this.digests.markSent(userId, period, when);
    return rows.length > 0;
  }

  private content(name: string, period: DigestPeriod, rows: DigestThreadRow[], links: AlertLinks) {
    const open = rows.filter((r) => !r.sensitive);
    const sensitive = rows.length - open.length;
    const since = period === 'daily' ? 'since your last daily digest' : 'this week';
    return {
      greeting: `Hello ${name},`,
      paragraphs: [
        `Here is what has been busiest in your communities ${since}:`,
        ...open.map(
          (r) =>
            `[${contextLabel(r)}] ${r.title}\n${plural(r.new_posts, 'new post', 'new posts')}: ${this.mail.link(`/communities/${encodeURIComponent(r.community_slug)}/forum/t/${r.thread_id}`)}`,
        ),
        ...(sensitive > 0
          ? [
              `There is also something new in ${plural(sensitive, 'discussion', 'discussions')} we do not describe by email. Sign in to read it.`,
            ]
          : []),
      ],
      action: { label: 'Open Commonroom', url: this.mail.link('/') },
      footer: alertFooter(links, `You get this ${period} digest because of your email choices on Commonroom.`),
    };
  }

  private links(userId: string): AlertLinks {
    return alertLinks((path) => this.mail.link(path), this.tokens.sign({ userId, scope: 'all', scopeId: null }));
  }
}

function subjectOf(period: DigestPeriod, count: number): string {
  return `Your ${period} Commonroom digest: ${plural(count, 'busy discussion', 'busy discussions')}`;
}
