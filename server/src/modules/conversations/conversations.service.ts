import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  MAX_CONVERSATION_OTHERS,
  streams,
  type AddParticipantsRequest,
  type Conversation,
  type ConversationList,
  type StartConversationRequest,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { IdempotencyService } from '../../infrastructure/idempotency/idempotency.service';
import { RealtimeAccess } from '../../infrastructure/realtime/realtime-access';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { DiscussionWriter, ModerationService, PostsService, ThreadAccessService, threadPolicy } from '../discussions';
import type { ConversationDetails } from './conversation-discussion-hooks';
import { conversationExcerpt } from './conversation-excerpt';
import { ConversationsRepository } from './conversations.repository';

const UNREACHABLE =
  'You can send private messages to people who share a community with you or who have accepted your contact request.';

/**
 * Private conversations: a discussion type of the engine whose threads belong to no community
 * (ADR 0014). Messages are the engine's posts, so drafts, idempotency, posting and new-member
 * limits, reactions, flags and live updates are the engine's; this service decides who is in a
 * conversation and who may start or join one. Who may read one is `ConversationDiscussionHooks.access`.
 */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ConversationsRepository,
    private readonly threads: ThreadAccessService,
    private readonly writer: DiscussionWriter,
    private readonly posts: PostsService,
    private readonly idempotency: IdempotencyService,
    private readonly realtime: RealtimeAccess,
    private readonly publisher: StreamPublisher,
    private readonly moderation: ModerationService,
  ) {}

  async list(actor: Actor): Promise<ConversationList> {
    // The stream position first: an event after it is replayed to the list, never missed.
    const streamSeq = await this.publisher.headSeq(streams.user(actor.userId));
    const rows = await this.repository.listFor(actor.userId);
    const others = await this.repository.othersIn(
      rows.map((r) => r.id),
      actor.userId,
    );
    const items = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      participants: others.get(row.id) ?? [],
      lastMessage: row.last_post && {
        author: { id: row.last_post.author_id, displayName: row.last_post.author_name },
        excerpt: conversationExcerpt(row.last_post.raw),
        createdAt: new Date(row.last_post.created_at).toISOString(),
      },
      lastActivityAt: row.last_post_at.toISOString(),
      unreadCount: Math.max(0, row.post_count - row.last_read_number),
    }));
    // Admins review reported messages; the count lets the account menu offer the queue to them alone.
    const reportedMessages = isPlatformAdmin(actor) ? await this.moderation.openFlagCount(null) : null;
    return { items, unread: items.filter((i) => i.unreadCount > 0).length, streamSeq, reportedMessages };
  }

  /** The header of a conversation the viewer is in (404 for anyone else). */
  async get(conversationId: string, actor: Actor): Promise<Conversation> {
    const { thread, subject } = await this.threads.read(conversationId, actor);
    const [participants, kind] = await Promise.all([
      this.repository.participants(conversationId),
      this.repository.kindOf(conversationId),
    ]);
    return {
      id: thread.id,
      kind,
      participants,
      postCount: thread.post_count,
      streamSeq: Number(thread.stream_seq ?? 0),
      viewer: {
        lastReadNumber: thread.last_read_number ?? 0,
        abilities: {
          reply: threadPolicy.reply(subject),
          addPeople: kind === 'group' && threadPolicy.reply(subject),
          flag: threadPolicy.flag(subject),
        },
      },
    };
  }

  /**
   * Starts a conversation, with an optional first message through the engine's write path. A
   * one-to-one with someone you already have one with is that one (both are in it again).
   */
  async start(actor: Actor, body: StartConversationRequest, key: string | undefined): Promise<Conversation> {
    const others = [...new Set(body.participantIds)].filter((id) => id !== actor.userId);
    if (others.length === 0)
      throw DomainError.validation([{ path: 'body.participantIds', message: 'Choose someone other than yourself.' }]);
    await this.assertReachable(actor.userId, others);
    const id =
      others.length === 1
        ? await this.startDirect(actor, others[0]!, body.raw, key)
        : await this.startGroup(actor, others, body.raw, key);
    return this.get(id, actor);
  }

  /** Opens (or finds) the one-to-one of two people in the caller's transaction, e.g. a contact request's acceptance. */
  async openDirect(manager: EntityManager, starterId: string, otherId: string): Promise<string> {
    const existing = await this.repository.lockDirect(manager, starterId, otherId);
    if (existing) {
      await this.repository.addParticipants(manager, existing, [starterId, otherId]);
      return existing;
    }
    const threadId = randomUUID();
    const details: ConversationDetails = { kind: 'direct', participantIds: [starterId, otherId] };
    await this.writer.open(manager, this.newThread(threadId, starterId), details);
    return threadId;
  }

  /** Adds people to a group conversation (any participant may; the same rule as starting one applies). */
  async addParticipants(conversationId: string, actor: Actor, body: AddParticipantsRequest): Promise<Conversation> {
    const conversation = await this.get(conversationId, actor);
    if (conversation.kind !== 'group' || !conversation.viewer.abilities.addPeople)
      throw new DomainError(
        ErrorCode.Forbidden,
        'People can be added to group conversations only: start a new one instead.',
      );
    const present = new Set(conversation.participants.map((p) => p.id));
    const added = [...new Set(body.participantIds)].filter((id) => !present.has(id));
    if (present.size + added.length > MAX_CONVERSATION_OTHERS + 1)
      throw DomainError.validation([
        {
          path: 'body.participantIds',
          message: `A conversation can have at most ${MAX_CONVERSATION_OTHERS + 1} people.`,
        },
      ]);
    if (added.length === 0) return conversation;
    await this.assertReachable(actor.userId, added);
    await this.dataSource.transaction((manager) => this.repository.addParticipants(manager, conversationId, added));
    return this.get(conversationId, actor);
  }

  /** Leaves: access ends at once, open pages included (their live socket stops receiving it). */
  async leave(conversationId: string, actor: Actor): Promise<void> {
    await this.threads.read(conversationId, actor);
    await this.dataSource.transaction((manager) => this.repository.leave(manager, conversationId, actor.userId));
    await this.realtime.accessChanged(actor.userId);
  }

  private async startDirect(actor: Actor, otherId: string, raw: string | undefined, key: string | undefined) {
    const id = await this.dataSource.transaction((manager) => this.openDirect(manager, actor.userId, otherId));
    if (raw !== undefined) await this.posts.reply(id, actor, { raw }, key);
    return id;
  }

  private async startGroup(actor: Actor, others: string[], raw: string | undefined, key: string | undefined) {
    const details: ConversationDetails = { kind: 'group', participantIds: [actor.userId, ...others] };
    if (raw !== undefined) {
      const published = await this.writer.publish({
        actor,
        raw,
        thread: { start: { type: 'conversation', communityId: null, title: '', tags: [] }, details },
        idempotencyKey: key,
        draftKey: `new-conversation:${actor.userId}`,
        moderator: false,
      });
      return published.replayed ? published.resourceId : published.threadId;
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.idempotency.claim(manager, actor.userId, key, 'conversation.create');
      if (claim.fresh) await this.writer.open(manager, this.newThread(claim.resourceId, actor.userId), details);
      return claim.resourceId;
    });
  }

  private newThread(threadId: string, authorId: string) {
    return { threadId, type: 'conversation' as const, communityId: null, authorId, title: '', tags: [] };
  }

  private async assertReachable(starterId: string, userIds: string[]): Promise<void> {
    const found = await this.repository.reachability(starterId, userIds);
    if (found.length !== userIds.length) throw DomainError.notFound('That person');
    // A block answers like any other refusal, so nobody learns from it that they were blocked.
    if (found.some((p) => !p.reachable || p.blocked)) throw new DomainError(ErrorCode.Forbidden, UNREACHABLE);
  }
}
