import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { JobQueue } from '../../infrastructure/jobs';
import type { OutgoingMail } from '../../infrastructure/mail/mail-transport';
import { MAIL_QUEUE, MailService } from '../../infrastructure/mail/mail.service';
import { renderEmail } from '../../infrastructure/mail/render-email';
import { alertFooter, alertLinks, contextLabel, plural, unsubscribeHeaders, type AlertLinks } from './alert-emails';
import { AlertThreadsRepository } from './alert-threads.repository';
import { DigestRepository, type DigestPeriod, type DigestThreadRow } from './digest.repository';
import { londonClock } from './london-clock';
import { UnsubscribeTokens } from './unsubscribe-tokens';

export const DIGEST_RUN_QUEUE = 'digest-run';
export const DIGEST_QUEUE = 'digest';
/** People read per statement when queueing a run. */
const PAGE = 1000;
/**
 * People per `digest` job: their digests are built in one statement and queued on `mail` in one
 * transaction. 40,000 people are 200 jobs, not 40,000 (each fetch of a job sorts the waiting ones).
 */
export const DIGEST_PAGE = 200;

interface DigestJob {
  userIds: string[];
  period: DigestPeriod;
  at: string;
}

/**
 * Daily and weekly digests. `digest-run` (hourly) finds the people whose chosen UK hour it is and
 * queues one `digest` job per page of them; each job builds its people's digests in one statement,
 * re-checking access then, and sends them. Nothing empty is sent.
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
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ at?: string }>({ name: DIGEST_RUN_QUEUE, retryLimit: 3 }, async ([job]) => {
      await this.queueDigests(job?.data.at ? new Date(job.data.at) : new Date());
    });
    this.jobs.define<DigestJob>({ name: DIGEST_QUEUE, concurrency: 2 }, async ([job]) => {
      await this.sendPage(job!.data);
    });
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
        const people = await this.digests.duePeople(period, at, clock, after, PAGE);
        if (people.length === 0) break;
        await this.jobs.sendMany<DigestJob>(
          DIGEST_QUEUE,
          pages(people, DIGEST_PAGE).map((userIds) => ({
            data: { userIds, period, at: at.toISOString() },
            // A second run this hour queues nothing while these wait; once they ran, `claim` sends nothing twice.
            key: `${period}:${clock.date}:${clock.hour}:${userIds[0]}`,
          })),
        );
        queued += people.length;
        after = people[people.length - 1]!;
      }
    }
    this.logger.log({ hour: clock.hour, date: clock.date, queued }, 'Digests queued');
    return queued;
  }

  /**
   * Queues the digests due at `at` and waits until every one has been built and its email handed
   * to the mail server (the `mail` queue drained too): the CLI's `digests:run` and the bench use it.
   */
  async runDue(at: Date, timeoutMs = 60 * 60_000): Promise<number> {
    const queued = await this.queueDigests(at);
    await this.jobs.drain([DIGEST_QUEUE], timeoutMs);
    await this.jobs.drain([MAIL_QUEUE], timeoutMs);
    return queued;
  }

  /**
   * Builds and queues the digests of a page of people; answers how many were sent. A failure throws
   * so the job is retried: those already marked sent in an earlier attempt are not sent again.
   */
  async sendPage({ userIds, period, at }: DigestJob): Promise<number> {
    const when = new Date(at);
    const [rows, recipients] = await Promise.all([
      this.digests.threads(userIds, period, when),
      this.threads.recipients(userIds),
    ]);
    const byPerson = groupBy(rows, (row) => row.user_id);
    // Marked sent and queued on `mail` in one transaction: a retried job never sends the same digest twice.
    return this.dataSource.transaction(async (manager) => {
      const claimed = await this.digests.claim(manager, userIds, period, when);
      const messages = claimed.flatMap((userId) => {
        const recipient = recipients.get(userId);
        const threads = byPerson.get(userId);
        return recipient && threads ? [this.message(userId, recipient, period, threads)] : [];
      });
      await this.mail.sendMany(messages, { manager });
      return messages.length;
    });
  }

  private message(
    userId: string,
    recipient: { email: string; display_name: string },
    period: DigestPeriod,
    rows: DigestThreadRow[],
  ): OutgoingMail {
    const links = this.links(userId);
    return {
      to: recipient.email,
      subject: subjectOf(period, rows.length),
      category: `digest-${period}`,
      headers: unsubscribeHeaders(links),
      ...renderEmail(this.content(recipient.display_name, period, rows, links)),
    };
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

function pages<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function subjectOf(period: DigestPeriod, count: number): string {
  return `Your ${period} Commonroom digest: ${plural(count, 'busy discussion', 'busy discussions')}`;
}
