import { Injectable, type OnModuleInit } from '@nestjs/common';
import { streams, type StreamEnvelope } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import {
  DiscussionTypeRegistry,
  type DiscussionTypeHooks,
  type StartedThread,
  type ThreadActivity,
} from '../discussions';
import { ForumThreadsRepository } from './forum-threads.repository';

/** What the forum needs to start a thread: the category it goes in. */
export interface ForumThreadDetails {
  categoryId: string;
}

/**
 * The forum as a discussion type: a new thread gets its place in a category; each post moves
 * the thread up the listing, counts in its category, and tells open forum pages (community stream).
 */
@Injectable()
export class ForumDiscussionHooks implements DiscussionTypeHooks<ForumThreadDetails>, OnModuleInit {
  constructor(
    private readonly registry: DiscussionTypeRegistry,
    private readonly threads: ForumThreadsRepository,
    private readonly publisher: StreamPublisher,
  ) {}

  onModuleInit(): void {
    this.registry.register<ForumThreadDetails>('forum', this);
  }

  async startThread(manager: EntityManager, thread: StartedThread, details: ForumThreadDetails): Promise<void> {
    await this.threads.place(manager, thread.threadId, details.categoryId);
  }

  async afterPost(manager: EntityManager, activity: ThreadActivity): Promise<StreamEnvelope[]> {
    const categoryId = await this.threads.recordPost(
      manager,
      activity.threadId,
      activity.lastPostAt,
      activity.postDelta,
    );
    if (!categoryId || !activity.communityId) return [];
    return [
      await this.publisher.record(manager, streams.community(activity.communityId), 'forum.thread_activity', {
        threadId: activity.threadId,
        categoryId,
        title: activity.title,
        postCount: activity.postCount,
        lastPostAt: activity.lastPostAt.toISOString(),
        lastPoster: activity.lastPoster,
      }),
    ];
  }

  /** Records `thread.updated` with the thread's state as committed by this transaction. */
  async threadUpdated(manager: EntityManager, threadId: string): Promise<StreamEnvelope> {
    const t = await this.threads.state(manager, threadId);
    return this.publisher.record(manager, streams.thread(threadId), 'thread.updated', {
      threadId,
      title: t.title,
      tags: t.tags,
      pinned: t.pinned,
      locked: t.locked,
      categoryId: t.category_id,
      acceptedPostId: t.accepted_post_id,
      deleted: t.deleted,
    });
  }
}
