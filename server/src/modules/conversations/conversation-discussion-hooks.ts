import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streams, type StreamEnvelope } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import {
  DiscussionTypeRegistry,
  type DiscussionTypeHooks,
  type StartedThread,
  type ThreadActivity,
  type ThreadRow,
  type ThreadSubject,
} from '../discussions';
import type { ConversationKind } from './conversation.entity';
import { ConversationsRepository } from './conversations.repository';

/** What a conversation needs to start: its kind and everyone in it (the starter included). */
export interface ConversationDetails {
  kind: ConversationKind;
  participantIds: string[];
}

/**
 * The conversation as a discussion type (ADR 0014): its threads are in no community, so it tells
 * the engine who may read them (participants who have not left), and each message tells every
 * participant's own stream so their list and unread count update.
 */
@Injectable()
export class ConversationDiscussionHooks implements DiscussionTypeHooks<ConversationDetails>, OnModuleInit {
  constructor(
    private readonly registry: DiscussionTypeRegistry,
    private readonly conversations: ConversationsRepository,
    private readonly publisher: StreamPublisher,
  ) {}

  onModuleInit(): void {
    this.registry.register<ConversationDetails>('conversation', this);
  }

  async startThread(manager: EntityManager, thread: StartedThread, details: ConversationDetails): Promise<void> {
    await this.conversations.insert(manager, {
      threadId: thread.threadId,
      kind: details.kind,
      startedById: thread.authorId,
      participantIds: details.participantIds,
    });
  }

  async afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]> {
    const payload = {
      conversationId: activity.threadId,
      postCount: activity.postCount,
      lastPostAt: activity.lastPostAt.toISOString(),
      lastPoster: activity.lastPoster,
    };
    const envelopes: StreamEnvelope[] = [];
    for (const userId of await this.conversations.participantIds(manager, activity.threadId))
      envelopes.push(await this.publisher.record(manager, streams.user(userId), 'conversation.activity', payload));
    return envelopes;
  }

  /**
   * Participants read and write; in a one-to-one where either has blocked the other, they still
   * read but may not write. Nobody else (platform admins included) reads a conversation.
   */
  async access(thread: ThreadRow, actor: Actor | undefined): Promise<ThreadSubject | null> {
    if (!actor) return null;
    const standing = await this.conversations.standing(thread.id, actor.userId);
    if (!standing) return null;
    return {
      canReadCommunity: true,
      member: !(standing.kind === 'direct' && standing.blocked),
      moderator: false,
      signedIn: true,
      isThreadAuthor: thread.author_id === actor.userId,
      locked: false,
      deleted: thread.deleted_at !== null,
    };
  }
}
