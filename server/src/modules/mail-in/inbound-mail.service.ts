import { Inject, Injectable, Logger } from '@nestjs/common';
import { createPostRequestSchema, ErrorCode } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { UsersRepository } from '../accounts';
import { PostsService } from '../discussions';
import { InboundMessagesRepository } from './inbound-messages.repository';
import { MailInNotices, type RefusalReason } from './mail-in-notices';
import { parseInbound, type InboundMessage } from './parse-inbound';
import { ReplyAddresses, type ReplyTarget } from './reply-addresses';
import { replyText } from './reply-text';

/** What became of one message; the listener and the pipe command report it, nothing else does. */
export type InboundResult =
  | { status: 'posted'; postId: string }
  | { status: 'duplicate' }
  | { status: 'refused'; reason: RefusalReason }
  /** Machine mail, or not addressed to a valid reply address: dropped without an answer. */
  | { status: 'ignored'; reason: 'automatic' | 'unknown_address' | 'unknown_person' };

type Verdict = { postId: string } | { refused: RefusalReason; detail?: string };

/**
 * Turns a reply to a notification email into a post, as the person the reply address was made
 * for, through the same `PostsService.reply` as `POST /api/threads/:id/posts` (thread access,
 * locked threads, new-member caps, posting limits). Idempotent on Message-ID: the post is created
 * with an idempotency key derived from it, and the outcome is recorded, so a second delivery posts
 * and explains nothing. A database failure throws, so the sender's server tries again later.
 */
@Injectable()
export class InboundMailService {
  private readonly logger = new Logger('InboundMail');

  constructor(
    private readonly addresses: ReplyAddresses,
    private readonly users: UsersRepository,
    private readonly posts: PostsService,
    private readonly messages: InboundMessagesRepository,
    private readonly notices: MailInNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `envelopeRecipients`: RCPT TO from the listener; the pipe command has only the headers. */
  async receive(raw: Buffer, envelopeRecipients: string[] = []): Promise<InboundResult> {
    const message = await parseInbound(raw);
    if (message.automatic) return this.done({ status: 'ignored', reason: 'automatic' });
    const target = this.targetOf([...envelopeRecipients, ...message.headerRecipients]);
    if (!target) return this.done({ status: 'ignored', reason: 'unknown_address' });
    if (await this.messages.seen(message.messageHash)) return this.done({ status: 'duplicate' });
    const user = await this.users.findById(target.userId);
    if (!user) return this.done({ status: 'ignored', reason: 'unknown_person' });

    const verdict = await this.attempt(message, target, user);
    const recorded = await this.messages.record({
      messageHash: message.messageHash,
      ...target,
      outcome: 'postId' in verdict ? 'posted' : 'rejected',
      reason: 'refused' in verdict ? verdict.refused : null,
      postId: 'postId' in verdict ? verdict.postId : null,
    });
    if ('postId' in verdict) return this.done({ status: 'posted', postId: verdict.postId });
    if (!recorded) return this.done({ status: 'duplicate' });
    // A wrong sender hears it at the address they wrote from; never at the account's, which would reveal it.
    const to = verdict.refused === 'wrong_sender' ? message.from : user.email;
    if (to) await this.notices.refused(to, user.id, verdict.refused, verdict.detail);
    return this.done({ status: 'refused', reason: verdict.refused });
  }

  private targetOf(recipients: string[]): ReplyTarget | null {
    for (const recipient of recipients) {
      const target = this.addresses.verify(recipient.trim());
      if (target) return target;
    }
    return null;
  }

  private async attempt(
    message: InboundMessage,
    target: ReplyTarget,
    user: NonNullable<Awaited<ReturnType<UsersRepository['findById']>>>,
  ): Promise<Verdict> {
    if (message.from !== user.email.toLowerCase()) return { refused: 'wrong_sender' };
    // The web sends people whose role needs two-factor to set it up before anything else.
    if (this.config.auth.twoFactorRequiredRoles.includes(user.platformRole) && !user.totpEnabledAt)
      return { refused: 'no_access' };
    const raw = await replyText(message.body);
    if (!raw) return { refused: 'empty' };
    const body = createPostRequestSchema.safeParse({ raw });
    if (!body.success) return { refused: 'invalid', detail: body.error.issues[0]?.message };
    const actor: Actor = {
      userId: user.id,
      sessionId: 'mail-in',
      email: user.email,
      displayName: user.displayName,
      platformRole: user.platformRole,
      emailVerified: user.emailVerifiedAt !== null,
      twoFactorEnabled: user.totpEnabledAt !== null,
      hasPassword: user.passwordHash !== null,
      secondFactorPending: false,
    };
    try {
      const post = await this.posts.reply(target.threadId, actor, body.data, `mail-in:${message.messageHash}`);
      return { postId: post.id };
    } catch (error) {
      return refusalOf(error);
    }
  }

  /** One log line per message: outcome only, never addresses, subject or text. */
  private done(result: InboundResult): InboundResult {
    this.logger.log({ status: result.status, reason: 'reason' in result ? result.reason : undefined }, 'Inbound mail');
    return result;
  }
}

/** What the web would answer with 404/403, 400 or 429 becomes a refusal; anything else is retried. */
function refusalOf(error: unknown): Verdict {
  if (!(error instanceof DomainError)) throw error;
  switch (error.code) {
    case ErrorCode.NotFound:
    case ErrorCode.Forbidden:
      return { refused: 'no_access' };
    case ErrorCode.ValidationFailed:
      return { refused: 'invalid', detail: error.details?.issues?.[0]?.message };
    case ErrorCode.RateLimited:
      return { refused: 'too_many', detail: error.message };
    default:
      throw error;
  }
}
