import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue, type Job } from '../../infrastructure/jobs';
import type { OutgoingMail } from '../../infrastructure/mail/mail-transport';
import { MailService } from '../../infrastructure/mail/mail.service';
import { renderEmail, type EmailContent } from '../../infrastructure/mail/render-email';
import { conversationExcerpt } from '../conversations';
import { ReplyAddresses } from '../mail-in';
import { NotificationsReader, type NoticeForEmail } from '../notifications';
import { alertFooter, alertLinks, contextLabel, plural, unsubscribeHeaders, type AlertLinks } from './alert-emails';
import { AlertThreadsRepository, type AlertPostRow, type AlertThreadRow } from './alert-threads.repository';
import { NOTIFICATION_EMAIL_QUEUE, type NotificationEmailJob } from './email-channel.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

const EXCERPT_LENGTH = 280;

/**
 * Sends the email a `notification-email` job stands for. It reads the notices again when it runs,
 * so what the person read in the app meanwhile, or may no longer read, is never sent; one email
 * covers every pending notice of the thread. A sensitive thread's email says only that there is
 * something new and where: no title, text or author.
 */
@Injectable()
export class NotificationEmailService implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly reader: NotificationsReader,
    private readonly threads: AlertThreadsRepository,
    private readonly mail: MailService,
    private readonly tokens: UnsubscribeTokens,
    private readonly replyAddresses: ReplyAddresses,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.define<NotificationEmailJob>({ name: NOTIFICATION_EMAIL_QUEUE, concurrency: 2 }, (jobs) =>
      this.sendAll(jobs),
    );
  }

  private async sendAll(jobs: Job<NotificationEmailJob>[]): Promise<void> {
    for (const job of jobs) await this.send(job.data);
  }

  /** Whether an email went; throws (so the job retries) only when sending fails. */
  async send({ userId, threadId }: NotificationEmailJob): Promise<boolean> {
    const pending = await this.reader.pendingForEmail(userId, threadId);
    if (pending.length === 0) return false; // read in the app meanwhile, or already emailed
    const [[thread], recipient] = await Promise.all([
      this.threads.readable(userId, [threadId]),
      this.threads.recipient(userId),
    ]);
    if (!thread || !recipient) return false; // lost access: nothing is sent
    const message = await this.compose(userId, thread, recipient, pending);
    // Queued and marked in one transaction: a retry after a failure never sends the same notices twice.
    await this.dataSource.transaction(async (manager) => {
      await this.mail.send(message, { manager });
      await this.reader.markEmailed(pending, manager);
    });
    return true;
  }

  private async compose(
    userId: string,
    thread: AlertThreadRow,
    recipient: { email: string; display_name: string },
    pending: NoticeForEmail[],
  ): Promise<OutgoingMail> {
    const threadId = thread.thread_id;
    const sensitive = thread.sensitive || pending.some((n) => n.sensitive);
    const links = alertLinks(
      (p) => this.mail.link(p),
      this.tokens.sign({ userId, scope: 'thread', scopeId: threadId }),
    );
    const content = sensitive
      ? sensitiveContent(thread, this.postLink(thread, pending), links)
      : this.openContent(thread, pending, await this.threads.unreadPosts(userId, threadId), links);
    return {
      to: recipient.email,
      subject: sensitive
        ? `[${thread.community_name}] Something new in Commonroom`
        : `[${contextLabel(thread)}] ${thread.title}`,
      category: 'notification',
      headers: unsubscribeHeaders(links),
      // A reply by email would quote the message, and with it the sensitive thread: the app only.
      ...(sensitive ? {} : { replyTo: this.replyAddresses.forThread(userId, threadId) }),
      ...renderEmail({ greeting: `Hello ${recipient.display_name},`, ...content }),
    };
  }

  private openContent(
    thread: AlertThreadRow,
    pending: NoticeForEmail[],
    posts: AlertPostRow[],
    links: AlertLinks,
  ): Omit<EmailContent, 'greeting'> {
    // Counted from the posts themselves: a notice's event count also grows with redeliveries and edits.
    const unread = posts[0]?.unread_count ?? 0;
    const where = `“${thread.title}” (${contextLabel(thread)})`;
    return {
      paragraphs: [
        unread > 0 ? `${plural(unread, 'new post', 'new posts')} in ${where}.` : `There is something new in ${where}.`,
        ...posts.map((p) => `${p.author_name} wrote:\n${conversationExcerpt(p.raw, EXCERPT_LENGTH)}`),
        'Reply to this email to post your reply in the discussion.',
      ],
      action: { label: 'Read the discussion', url: this.postLink(thread, pending, posts[0]?.first_unread) },
      footer: alertFooter(links, 'You get this because of your email choices on Commonroom.'),
    };
  }

  private postLink(thread: AlertThreadRow, pending: NoticeForEmail[], number?: number): string {
    const first = number ?? Math.min(...pending.map((n) => n.postNumber ?? Infinity));
    const anchor = Number.isFinite(first) ? `#post-${first}` : '';
    return this.mail.link(
      `/communities/${encodeURIComponent(thread.community_slug)}/forum/t/${thread.thread_id}${anchor}`,
    );
  }
}

/** Nothing about the discussion itself: only that there is something new, where, and how to read it. */
function sensitiveContent(thread: AlertThreadRow, url: string, links: AlertLinks): Omit<EmailContent, 'greeting'> {
  return {
    paragraphs: [
      `There is something new for you in ${thread.community_name} on Commonroom.`,
      'We do not include it in email. Sign in to read it.',
    ],
    action: { label: 'Sign in to read it', url },
    footer: alertFooter(links, 'You get this because of your email choices on Commonroom.'),
  };
}
