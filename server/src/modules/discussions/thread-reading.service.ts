import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AcceptAnswerRequest, WatchLevel } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { DiscussionsRepository } from './discussions.repository';
import { ThreadAccessService, type ThreadContext } from './thread-access.service';

/** A reader's own state in a thread (how far read, how closely watched) and the accepted answer. */
@Injectable()
export class ThreadReadingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadAccessService,
    private readonly repository: DiscussionsRepository,
  ) {}

  async markRead(threadId: string, actor: Actor, number: number): Promise<void> {
    const { thread } = await this.threads.read(threadId, actor);
    await this.repository.markRead(actor.userId, threadId, Math.min(number, thread.post_count));
  }

  async watch(threadId: string, actor: Actor, level: WatchLevel): Promise<void> {
    await this.threads.read(threadId, actor);
    await this.repository.setWatchLevel(actor.userId, threadId, level);
  }

  /**
   * Marks (or, with null, unmarks) the reply that answered the question. The opening post cannot
   * answer itself, and a removed post cannot be the answer. `then` runs in the same transaction so
   * the kind can publish the thread's new state.
   */
  async acceptAnswer<T>(threadId: string, actor: Actor, body: AcceptAnswerRequest, then: (manager: EntityManager, context: ThreadContext) => Promise<T>): Promise<T> {
    const context = await this.threads.require(threadId, actor, 'acceptAnswer', 'Only the person who asked, or a facilitator, can choose the answer.');
    return this.dataSource.transaction(async (manager) => {
      if (body.postId !== null) {
        const rows: unknown[] = await manager.query(
          'SELECT 1 FROM discussion_posts WHERE id = $1 AND thread_id = $2 AND number > 1 AND hidden_at IS NULL AND deleted_at IS NULL',
          [body.postId, threadId],
        );
        if (rows.length === 0) throw DomainError.validation([{ path: 'body.postId', message: 'Choose a visible reply in this discussion as the answer.' }]);
      }
      await manager.query('UPDATE discussion_threads SET accepted_post_id = $2, updated_at = now() WHERE id = $1', [threadId, body.postId]);
      return then(manager, { ...context, thread: { ...context.thread, accepted_post_id: body.postId } });
    });
  }
}
