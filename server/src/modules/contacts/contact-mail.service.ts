import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';
import { MailService } from '../../infrastructure/mail/mail.service';
import { renderEmail } from '../../infrastructure/mail/render-email';
import { ContactRequestsRepository } from './contact-requests.repository';

/**
 * Tells a person that someone would like to get in touch. Sent from the outbox after the request
 * commits. It names the sender and nothing else: the message stays on Commonroom, because it may
 * name a pupil or a school and email is forwarded, printed and kept.
 */
@Injectable()
export class ContactMailService implements OnModuleInit {
  constructor(
    private readonly handlers: DomainEventHandlers,
    private readonly repository: ContactRequestsRepository,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('contact.requested', (event) => this.requested(event.payload.requestId));
  }

  /** A failed send throws, so the outbox retries it; a request already answered needs no email. */
  async requested(requestId: string): Promise<void> {
    const request = await this.repository.findById(requestId);
    if (!request || request.status !== 'pending') return;
    const recipient = await this.repository.signInAddress(request.recipient_id);
    if (!recipient) return;
    const sender = request.sender_name;
    const content = renderEmail({
      greeting: `Hello ${request.recipient_name},`,
      paragraphs: [
        `${sender} would like to get in touch with you through Commonroom.`,
        'Read their message on Commonroom and decide whether to reply. Nothing about you is shared unless you accept, and then only the contact details you choose.',
        'If you decline, they are not told; you can also stop them from asking again.',
      ],
      action: { label: 'See the request', url: this.mail.link('/contact-requests') },
      footer: 'You are receiving this because someone sent you a contact request on Commonroom.',
    });
    await this.mail.send({
      to: recipient,
      subject: `${sender} would like to get in touch`,
      category: 'contact-request',
      ...content,
    });
  }
}
