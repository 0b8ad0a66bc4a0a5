import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONTACT_LIMITS,
  ErrorCode,
  type AcceptContactRequest,
  type AcceptedContactRequest,
  type ContactBlockList,
  type ReceivedContactRequest,
  type ReceivedContactRequestList,
  type SendContactRequest,
  type SentContactRequest,
  type SharedContact,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { IdempotencyService } from '../../infrastructure/idempotency/idempotency.service';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { AuditService } from '../audit';
import { ConversationsService } from '../conversations';
import { ContactRequestsRepository } from './contact-requests.repository';

const DAY_SECONDS = 86_400;

/**
 * One answer for a pending request, a recent decline and a block alike, so a sender who was
 * declined or blocked learns nothing they were not meant to.
 */
const ALREADY_ASKED = 'You have already asked this person; they will reply if they wish.';

/**
 * Contact requests: a signed-in person asks another for a way to get in touch. Nothing about the
 * recipient is revealed until they accept, and then only the route they chose. Audit entries
 * carry ids only, never the message.
 */
@Injectable()
export class ContactRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ContactRequestsRepository,
    private readonly idempotency: IdempotencyService,
    private readonly limiter: RateLimiter,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly conversations: ConversationsService,
  ) {}

  /** Sends a request; an Idempotency-Key makes a retried submit answer with the first request. */
  async send(
    recipientId: string,
    body: SendContactRequest,
    actor: Actor,
    client: ClientInfo,
    key: string | undefined,
  ): Promise<SentContactRequest> {
    if (recipientId === actor.userId)
      throw DomainError.validation([
        { path: 'params.userId', message: 'You cannot send a contact request to yourself.' },
      ]);
    if (!(await this.repository.userExists(recipientId))) throw DomainError.notFound('That person');
    const requestId = await this.dataSource.transaction(async (manager) => {
      const claim = await this.idempotency.claim(manager, actor.userId, key, 'contact.request');
      if (!claim.fresh) return claim.resourceId;
      // Refused attempts count too, so the limit also caps probing who has blocked you.
      await this.limiter.consume({
        key: `contact-request:${actor.userId}`,
        limit: CONTACT_LIMITS.perSenderPerDay,
        windowSeconds: DAY_SECONDS,
      });
      const request = { id: claim.resourceId, senderId: actor.userId, recipientId, message: body.message };
      if (!(await this.repository.insertPending(manager, request, CONTACT_LIMITS.retryAfterDays)))
        throw new DomainError(ErrorCode.Conflict, ALREADY_ASKED);
      await this.outbox.record(manager, 'contact.requested', { requestId: request.id });
      await this.audit.record(
        {
          action: 'contact.requested',
          actorUserId: actor.userId,
          subjectUserId: recipientId,
          client,
          metadata: { requestId: request.id },
        },
        manager,
      );
      return request.id;
    });
    const sent = await this.repository.sentView(requestId);
    if (!sent) throw DomainError.notFound('That contact request');
    return sent;
  }

  async listReceived(actor: Actor): Promise<ReceivedContactRequestList> {
    const items = await this.repository.listReceived(actor.userId);
    return { items, pending: items.filter((i) => i.status === 'pending').length };
  }

  async listSent(actor: Actor): Promise<{ items: SentContactRequest[] }> {
    return { items: await this.repository.listSent(actor.userId) };
  }

  /**
   * Reveals the routes the recipient chose, as a snapshot: later profile edits do not change it.
   * In the same transaction a private conversation between the two opens (or the one they already
   * have is reused), and the answer names it so the recipient can go straight there.
   */
  async accept(
    requestId: string,
    body: AcceptContactRequest,
    actor: Actor,
    client: ClientInfo,
  ): Promise<AcceptedContactRequest> {
    let conversationId = '';
    const view = await this.answer(requestId, actor, async (manager) => {
      const sharedContact = await this.sharedContact(actor.userId, body, manager);
      const decided = await this.repository.decide(manager, requestId, actor.userId, {
        status: 'accepted',
        sharedContact,
      });
      if (decided)
        await this.audit.record(
          {
            action: 'contact.accepted',
            actorUserId: actor.userId,
            subjectUserId: decided.sender_id,
            client,
            metadata: { requestId },
          },
          manager,
        );
      if (decided) conversationId = await this.conversations.openDirect(manager, actor.userId, decided.sender_id);
      // Only an acceptance is told: "declines silently" holds for notices too.
      if (decided) await this.outbox.record(manager, 'contact.answered', { requestId, accepted: true });
      return decided !== null;
    });
    return { ...view, conversationId };
  }

  /** Declines silently: the sender keeps seeing "pending". With `block`, they can never ask again. */
  async decline(
    requestId: string,
    body: { block: boolean },
    actor: Actor,
    client: ClientInfo,
  ): Promise<ReceivedContactRequest> {
    return this.answer(requestId, actor, async (manager) => {
      const decided = await this.repository.decide(manager, requestId, actor.userId, { status: 'declined' });
      if (!decided) return false;
      await this.audit.record(
        {
          action: 'contact.declined',
          actorUserId: actor.userId,
          subjectUserId: decided.sender_id,
          client,
          metadata: { requestId },
        },
        manager,
      );
      if (body.block) {
        await this.repository.block(manager, actor.userId, decided.sender_id, requestId);
        await this.audit.record(
          {
            action: 'contact.blocked',
            actorUserId: actor.userId,
            subjectUserId: decided.sender_id,
            client,
            metadata: { requestId },
          },
          manager,
        );
      }
      return true;
    });
  }

  /** Blocks a person from a profile: no contact requests, no conversations started or posts in a one-to-one. */
  async block(blockedUserId: string, actor: Actor, client: ClientInfo): Promise<void> {
    if (blockedUserId === actor.userId)
      throw DomainError.validation([{ path: 'params.userId', message: 'You cannot block yourself.' }]);
    if (!(await this.repository.userExists(blockedUserId))) throw DomainError.notFound('That person');
    await this.dataSource.transaction(async (manager) => {
      await this.repository.block(manager, actor.userId, blockedUserId, null);
      await this.audit.record(
        { action: 'contact.blocked', actorUserId: actor.userId, subjectUserId: blockedUserId, client },
        manager,
      );
    });
  }

  async listBlocks(actor: Actor): Promise<ContactBlockList> {
    return { items: await this.repository.listBlocks(actor.userId) };
  }

  async unblock(blockedUserId: string, actor: Actor, client: ClientInfo): Promise<void> {
    if (!(await this.repository.unblock(actor.userId, blockedUserId))) throw DomainError.notFound('That block');
    await this.audit.record({
      action: 'contact.unblocked',
      actorUserId: actor.userId,
      subjectUserId: blockedUserId,
      client,
    });
  }

  /**
   * For a profile page: whether the viewer may ask this person now, and their latest request as
   * they may know it (a silent decline still looks pending).
   */
  async standing(
    senderId: string,
    recipientId: string,
  ): Promise<{ mayAsk: boolean; request: { id: string; status: 'pending' | 'accepted'; sentAt: string } | null }> {
    const { mayAsk, latest } = await this.repository.standing(senderId, recipientId, CONTACT_LIMITS.retryAfterDays);
    return {
      mayAsk,
      request: latest && {
        id: latest.id,
        status: latest.status === 'accepted' ? 'accepted' : 'pending',
        sentAt: latest.created_at.toISOString(),
      },
    };
  }

  /**
   * Runs one answer in a transaction. A request received by someone else is "not found" (its
   * existence is nobody else's business); one already answered is a conflict for its recipient.
   */
  private async answer(
    requestId: string,
    actor: Actor,
    decide: (manager: EntityManager) => Promise<boolean>,
  ): Promise<ReceivedContactRequest> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.receivedView(requestId, actor.userId, manager)))
        throw DomainError.notFound('That contact request');
      if (!(await decide(manager)))
        throw new DomainError(ErrorCode.Conflict, 'You have already answered this request.');
      const view = await this.repository.receivedView(requestId, actor.userId, manager);
      return view!;
    });
  }

  private async sharedContact(
    userId: string,
    body: AcceptContactRequest,
    manager: EntityManager,
  ): Promise<SharedContact> {
    const routes = await this.repository.contactRoutes(userId, manager);
    if (body.sharePhone && !routes.phone) {
      throw DomainError.validation([
        { path: 'body.sharePhone', message: 'Add a contact phone number to your profile before sharing it.' },
      ]);
    }
    return {
      email: body.shareEmail ? routes.email : null,
      phone: body.sharePhone ? routes.phone : null,
      note: body.note || null,
    };
  }
}
