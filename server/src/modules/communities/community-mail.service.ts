import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { MailService } from '../../infrastructure/mail/mail.service';
import { renderEmail } from '../../infrastructure/mail/render-email';

/** Emails about communities. They name the community and the inviter, never anything members wrote. */
@Injectable()
export class CommunityMailService {
  private readonly logger = new Logger('CommunityMail');

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invitation(to: string, details: { inviter: string; community: string; token: string; expiresInDays: number; message?: string }): Promise<void> {
    const url = `${this.config.http.publicUrl}/invitations/${encodeURIComponent(details.token)}`;
    try {
      await this.mail.send({
        to,
        category: 'community-invitation',
        subject: `${details.inviter} invited you to ${details.community} on Commonroom`,
        ...renderEmail({
          greeting: 'Hello,',
          paragraphs: [
            `${details.inviter} has invited you to join “${details.community}”, a community on Commonroom, where mentors, tutors and local-authority colleagues share practice across schools and providers.`,
            ...(details.message ? [`Their message: “${details.message}”`] : []),
            `If you do not have an account yet, you can create one from the invitation. The link works for ${details.expiresInDays} days.`,
          ],
          action: { label: 'See the invitation', url },
          footer: 'If you were not expecting this, you can ignore this email.',
        }),
      });
    } catch {
      this.logger.warn({ category: 'community-invitation' }, 'Invitation email was not sent; the facilitator can invite again');
    }
  }
}
