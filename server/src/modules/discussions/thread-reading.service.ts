import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptAnswerRequest, WatchLevel } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { NotificationsService } from '../notifications';
import { DiscussionPostsRepository } from './discussion-posts.repository';
import { DiscussionThreadsRepository } from './discussion-threads.repository';
import { ThreadAccessService, type ThreadContext } from './thread-access.service';

/** A reader's own state in a thread (how far read, how closely watched) and the accepted answer. */
@Injectable()
export class ThreadReadingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ThreadAccessService,
    private readonly threads: DiscussionThreadsRepository,
    private readonly posts: DiscussionPostsRepository,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
  ) {}

  async markRead(threadId: string, actor: Actor, number: number): Promise<void> {
    const { thread } = await this.access.read(threadId, actor);
    const upTo = Math.min(number, thread.post_count);
    await this.threads.markRead(actor.userId, threadId, upTo);
    // Reading the posts a notice points to reads the notice.
    await this.notifications.threadRead(actor.userId, threadId, upTo);
  }

  async watch(threadId: string, actor: Actor, level: WatchLevel): Promise<void> {
    await this.access.read(threadId, actor);
    await this.threads.setWatchLevel(actor.userId, threadId, level);
  }

  /**
   * Marks (or, with null, unmarks) the reply that answered the question. The opening post cannot
   * answer itself, and a removed post cannot be the answer. `then` runs in the same transaction so
   * the discussion type can publish the thread's new state.
   */
  async acceptAnswer<T>(
    threadId: string,
    actor: Actor,
    body: AcceptAnswerRequest,
    then: (manager: EntityManager, context: ThreadContext) => Promise<T>,
  ): Promise<T> {
    const context = await this.access.require(
      threadId,
      actor,
      'acceptAnswer',
      'Only the person who asked, or a facilitator, can choose the answer.',
    );
    return this.dataSource.transaction(async (manager) => {
      if (body.postId !== null && !(await this.posts.isAnswerCandidate(manager, threadId, body.postId))) {
        throw DomainError.validation([
          { path: 'body.postId', message: 'Choose a visible reply in this discussion as the answer.' },
        ]);
      }
      await this.threads.setAcceptedAnswer(manager, threadId, body.postId);
      if (body.postId !== null && body.postId !== context.thread.accepted_post_id) {
        const accepted = { threadId, postId: body.postId, byUserId: actor.userId };
        await this.outbox.record(manager, 'discussion.answer_accepted', accepted);
      }
      return then(manager, { ...context, thread: { ...context.thread, accepted_post_id: body.postId } });
    });
  }
}
