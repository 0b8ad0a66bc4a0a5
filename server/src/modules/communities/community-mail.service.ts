import { Injectable } from '@nestjs/common';
import { MailService } from '../../infrastructure/mail/mail.service';

/** Emails about communities. They name the community and the inviter, never anything members wrote. */
@Injectable()
export class CommunityMailService {
  constructor(private readonly mail: MailService) {}

  /** A failed send is logged; the facilitator can invite again. */
  async invitation(
    to: string,
    details: { inviter: string; community: string; token: string; expiresInDays: number; message?: string },
  ): Promise<void> {
    await this.mail.sendNotice(
      to,
      'community-invitation',
      `${details.inviter} invited you to ${details.community} on Commonroom`,
      {
        greeting: 'Hello,',
        paragraphs: [
          `${details.inviter} has invited you to join “${details.community}”, a community on Commonroom, where mentors, tutors and local-authority colleagues share practice across schools and providers.`,
          ...(details.message ? [`Their message: “${details.message}”`] : []),
          `If you do not have an account yet, you can create one from the invitation. The link works for ${details.expiresInDays} days.`,
        ],
        action: {
          label: 'See the invitation',
          url: this.mail.link(`/invitations/${encodeURIComponent(details.token)}`),
        },
        footer: 'If you were not expecting this, you can ignore this email.',
      },
    );
  }
}
