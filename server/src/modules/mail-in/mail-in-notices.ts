import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MailDeliveryError } from '../../infrastructure/mail/mail-transport';
import { MailService } from '../../infrastructure/mail/mail.service';
import { renderEmail } from '../../infrastructure/mail/render-email';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';

export type RefusalReason = 'wrong_sender' | 'no_access' | 'empty' | 'invalid' | 'too_many';

const WHY: Record<RefusalReason, string> = {
  wrong_sender:
    'It came from an email address that is not the one your Commonroom account uses. Replies by email are only posted when they come from that address.',
  no_access:
    'You cannot reply in that discussion at the moment. It may have been locked, or you may no longer be a member of its community.',
  empty: 'We could not find any new text above the quoted message.',
  invalid: 'It could not be posted as it was.',
  too_many: 'You have posted a lot in a short time.',
};

/** At most this many explanations to one address an hour: a mail loop that slips past the headers dies here. */
const EXPLANATIONS_PER_HOUR = 5;

/**
 * The one short email that says a reply by email was not posted, and why. It never quotes the
 * message, the discussion's title or anyone's name (the thread may be sensitive), and it is
 * marked `Auto-Submitted` so that other robots do not answer it.
 */
@Injectable()
export class MailInNotices {
  constructor(
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
  ) {}

  async refused(to: string, userId: string, reason: RefusalReason, detail?: string): Promise<void> {
    const key = `mail-in:explain:${createHash('sha256').update(`${userId}|${to.toLowerCase()}`).digest('hex')}`;
    if (!(await this.limiter.allow({ key, limit: EXPLANATIONS_PER_HOUR, windowSeconds: 3600 }))) return;
    const content = renderEmail({
      paragraphs: [
        'Your reply by email was not posted on Commonroom.',
        detail ? `${WHY[reason]} ${detail}` : WHY[reason],
        'You can still reply on Commonroom itself.',
      ],
      action: { label: 'Open Commonroom', url: this.mail.link('/') },
      footer: 'You are receiving this because an email was sent to a Commonroom reply address.',
    });
    try {
      await this.mail.send({
        to,
        subject: 'Your reply was not posted',
        category: 'reply-by-email-refused',
        headers: { 'Auto-Submitted': 'auto-replied' },
        ...content,
      });
    } catch (error) {
      // Already logged by MailService; the refusal is recorded, so a lost explanation is not retried.
      if (!(error instanceof MailDeliveryError)) throw error;
    }
  }
}
