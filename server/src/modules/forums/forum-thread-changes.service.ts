import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type ThreadDetail, type UpdateThreadRequest } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { AuditService } from '../audit';
import { DiscussionThreadsRepository, ThreadAccessService, threadPolicy, type ThreadContext } from '../discussions';
import { ForumDiscussionHooks } from './forum-discussion-hooks';
import { loadThreadDetail } from './forum-thread-detail';
import { ForumThreadsRepository } from './forum-threads.repository';

/**
 * What authors and moderators change about a forum thread as a whole: title and tags, pin, lock, move, remove,
 * restore.
 */
@Injectable()
export class ForumThreadChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ThreadAccessService,
    private readonly threads: DiscussionThreadsRepository,
    private readonly repository: ForumThreadsRepository,
    private readonly hooks: ForumDiscussionHooks,
    private readonly publisher: StreamPublisher,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  /** Title and tags (author or moderator); pin, lock and move (moderators). */
  async update(threadId: string, actor: Actor, body: UpdateThreadRequest, client: ClientInfo): Promise<ThreadDetail> {
    const context = await this.forumThread(threadId, actor);
    if (body.title !== undefined || body.tags !== undefined)
      requireAbility(
        threadPolicy,
        'editThread',
        context.subject,
        'Only the person who started the discussion, or a facilitator, can change its title and tags.',
      );
    if (body.pinned !== undefined || body.locked !== undefined || body.categoryId !== undefined)
      requireAbility(threadPolicy, 'moderate', context.subject, 'Only facilitators can pin, lock or move discussions.');
    const envelope = await this.dataSource.transaction(async (manager) => {
      await this.threads.change(manager, threadId, {
        title: body.title,
        tags: body.tags ? [...new Set(body.tags)] : undefined,
        pinned: body.pinned,
        locked: body.locked,
      });
      if (body.pinned !== undefined) await this.repository.setPinned(manager, threadId, body.pinned);
      if (body.categoryId !== undefined) await this.moveTo(manager, context, body.categoryId);
      // Pins and locks change nothing a search engine holds; title, tags and category do.
      if (body.title !== undefined || body.tags !== undefined || body.categoryId !== undefined)
        await this.outbox.record(manager, 'discussion.thread_changed', { threadId });
      if (body.pinned !== undefined || body.locked !== undefined || body.categoryId !== undefined) {
        const changes = { pinned: body.pinned, locked: body.locked, categoryId: body.categoryId };
        await this.audit.record(
          {
            action: 'moderation.thread_changed',
            actorUserId: actor.userId,
            subjectUserId: context.thread.author_id,
            client,
            metadata: { threadId, ...changes },
          },
          manager,
        );
      }
      return this.hooks.threadUpdated(manager, threadId);
    });
    this.publisher.deliver(envelope);
    return loadThreadDetail(this.access, this.repository, threadId, actor);
  }

  /** Soft-deletes a thread: moderators, or its author while nobody has replied. */
  async remove(threadId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.forumThread(threadId, actor);
    const authorAlone = context.subject.isThreadAuthor && context.thread.post_count === 1;
    if (!context.subject.moderator && !authorAlone)
      throw new DomainError(ErrorCode.Forbidden, 'Only facilitators can remove a discussion others have replied to.');
    await this.setDeleted(context, actor, client, true);
  }

  async restore(threadId: string, actor: Actor, client: ClientInfo): Promise<ThreadDetail> {
    const context = await this.forumThread(threadId, actor);
    requireAbility(threadPolicy, 'moderate', context.subject);
    await this.setDeleted(context, actor, client, false);
    return loadThreadDetail(this.access, this.repository, threadId, actor);
  }

  /** The thread, if it is a forum thread the viewer may read: other types (conversations) are not changed here. */
  private async forumThread(
    threadId: string,
    actor: Actor,
  ): Promise<ThreadContext & { thread: { community_id: string } }> {
    const context = await this.access.read(threadId, actor);
    const communityId = context.thread.community_id;
    if (context.thread.type !== 'forum' || communityId === null) throw DomainError.notFound('That discussion');
    return { ...context, thread: { ...context.thread, community_id: communityId } };
  }

  private async setDeleted(context: ThreadContext, actor: Actor, client: ClientInfo, deleted: boolean): Promise<void> {
    const threadId = context.thread.id;
    const envelope = await this.dataSource.transaction(async (manager) => {
      await this.threads.setDeleted(manager, threadId, deleted);
      await this.repository.setDeleted(manager, threadId, deleted);
      await this.outbox.record(manager, 'discussion.thread_changed', { threadId });
      const action = deleted ? 'moderation.thread_deleted' : 'moderation.thread_restored';
      await this.audit.record(
        { action, actorUserId: actor.userId, subjectUserId: context.thread.author_id, client, metadata: { threadId } },
        manager,
      );
      return this.hooks.threadUpdated(manager, threadId);
    });
    this.publisher.deliver(envelope);
  }

  private async moveTo(
    manager: EntityManager,
    context: ThreadContext & { thread: { community_id: string } },
    categoryId: string,
  ): Promise<void> {
    if (!(await this.repository.isCategoryOf(manager, categoryId, context.thread.community_id))) {
      throw DomainError.validation([{ path: 'body.categoryId', message: 'Choose a category of this forum.' }]);
    }
    const placement = await this.repository.placement(context.thread.id, null, manager);
    if (placement && placement.category_id !== categoryId)
      await this.repository.move(manager, context.thread.id, placement.category_id, categoryId);
  }
}
