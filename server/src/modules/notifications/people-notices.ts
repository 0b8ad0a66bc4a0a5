import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';
import { NotificationFactsRepository } from './notification-facts.repository';
import type { NoticeInput } from './notice.types';
import { NotificationsRepository } from './notifications.repository';
import { Notifier } from './notifier';

/** Notices about people and places rather than posts: contact requests and answers, membership, invitations. */
@Injectable()
export class PeopleNotices implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: DomainEventHandlers,
    private readonly facts: NotificationFactsRepository,
    private readonly notifier: Notifier,
    private readonly notices: NotificationsRepository,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('contact.requested', ({ id, payload }) => this.contact(id, payload.requestId, 'requested'));
    this.handlers.subscribe('contact.answered', ({ id, payload }) =>
      payload.accepted ? this.contact(id, payload.requestId, 'accepted') : undefined,
    );
    this.handlers.subscribe('community.join_decided', ({ id, payload }) =>
      this.send(id, {
        userIds: [payload.userId],
        kind: 'membership',
        groupKey: `membership:${payload.communityId}`,
        communityId: payload.communityId,
        subjectId: payload.requestId,
      }),
    );
    this.handlers.subscribe('community.invited', ({ id, payload }) =>
      this.invitation(id, payload.invitationId, payload.communityId, payload.userId),
    );
    this.handlers.subscribe('community.membership_changed', ({ id, payload }) =>
      payload.change === 'removed' || payload.change === 'role_changed'
        ? this.send(id, {
            userIds: [payload.userId],
            kind: 'membership',
            groupKey: `membership:${payload.communityId}`,
            communityId: payload.communityId,
          })
        : undefined,
    );
  }

  /** An invitation to someone with an account; they accept it from the link in the email. */
  async invitation(eventId: string, invitationId: string, communityId: string, userId: string): Promise<void> {
    const invitation = await this.facts.openInvitation(invitationId, userId);
    if (!invitation) return;
    const from = invitation.invited_by_user_id;
    if (from && (await this.facts.blocked(userId, from))) return;
    await this.send(eventId, {
      userIds: [userId],
      kind: 'invitation',
      groupKey: `invitation:${communityId}`,
      actorId: from,
      communityId,
      subjectId: invitationId,
    });
  }

  private async contact(eventId: string, requestId: string, what: 'requested' | 'accepted'): Promise<void> {
    const request = await this.facts.contactRequest(requestId);
    if (!request) return;
    const [to, from] =
      what === 'requested' ? [request.recipient_id, request.sender_id] : [request.sender_id, request.recipient_id];
    if (what === 'requested' && (request.status !== 'pending' || (await this.facts.blocked(to, from)))) return;
    await this.send(eventId, {
      userIds: [to],
      kind: what === 'requested' ? 'contact_request' : 'contact_answer',
      groupKey: `contact:${requestId}`,
      actorId: from,
      subjectId: requestId,
    });
  }

  /** Once per outbox event: a redelivery finds its id in the inbox and sends nothing. */
  private async send(eventId: string, input: NoticeInput): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await this.notices.firstDelivery(manager, eventId)) await this.notifier.notify(manager, input);
    });
  }
}
