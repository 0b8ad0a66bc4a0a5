import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  streams,
  type AcceptAnswerRequest,
  type CategoryPage,
  type CategoryThreadsQuery,
  type CreatedThread,
  type CreateThreadRequest,
  type StreamEnvelope,
  type ThreadDetail,
  type UpdateThreadRequest,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { abilitiesOf, requireAbility } from '../../infrastructure/auth/policy';
import { ContentCooker } from '../../infrastructure/content/content-cooker.service';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { IdempotencyService } from '../../infrastructure/idempotency/idempotency.service';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { AuditService } from '../audit/audit.service';
import { CommunityAccessService } from '../communities/community-access.service';
import { DiscussionKinds } from '../discussions/discussion-kinds';
import { threadPolicy } from '../discussions/discussion.policy';
import { DiscussionsRepository } from '../discussions/discussions.repository';
import { DraftsService } from '../discussions/drafts.service';
import { PostsService } from '../discussions/posts.service';
import { ThreadAccessService, type ThreadContext } from '../discussions/thread-access.service';
import { ThreadReadingService } from '../discussions/thread-reading.service';
import { ForumCategoriesService, toCategory } from './forum-categories.service';
import { ForumThreadsRepository, toSummary } from './forum-threads.repository';
import { forumPolicy } from './forum.policy';

/** Forum threads: the category listing, starting a thread, and what authors and moderators change. */
@Injectable()
export class ForumThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunityAccessService,
    private readonly categories: ForumCategoriesService,
    private readonly repository: ForumThreadsRepository,
    private readonly discussions: DiscussionsRepository,
    private readonly threads: ThreadAccessService,
    private readonly posts: PostsService,
    private readonly reading: ThreadReadingService,
    private readonly kinds: DiscussionKinds,
    private readonly cooker: ContentCooker,
    private readonly idempotency: IdempotencyService,
    private readonly publisher: StreamPublisher,
    private readonly audit: AuditService,
    private readonly drafts: DraftsService,
    private readonly outbox: OutboxService,
  ) {}

  async categoryPage(slug: string, categorySlug: string, actor: Actor | undefined, query: CategoryThreadsQuery): Promise<CategoryPage> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    const abilities = abilitiesOf(forumPolicy, context.subject);
    const all = await this.categories.categoryRows(context.community.id, actor, null);
    const row = all.find((c) => c.slug === categorySlug);
    if (!row) throw DomainError.notFound('That category');
    const offset = (query.page - 1) * query.pageSize;
    const [items, total] = await Promise.all([
      this.repository.list(row.id, actor?.userId ?? null, { offset, limit: query.pageSize, tag: query.tag, withDeleted: abilities.moderate }),
      query.tag ? this.repository.countWithTag(row.id, query.tag, abilities.moderate) : Promise.resolve(row.thread_count),
    ]);
    return {
      community: { id: context.community.id, slug: context.community.slug, name: context.community.name },
      category: toCategory(row),
      categories: all.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
      abilities,
      threads: { items, page: query.page, pageSize: query.pageSize, total },
    };
  }

  /** Starts a thread with its opening post; an Idempotency-Key makes a retried submit return the first thread. */
  async create(slug: string, categorySlug: string, actor: Actor, body: CreateThreadRequest, key: string | undefined): Promise<CreatedThread> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    requireAbility(forumPolicy, 'startThread', context.subject, 'Join the community to start a discussion.');
    const category = (await this.categories.categoryRows(context.community.id, actor, categorySlug))[0];
    if (!category) throw DomainError.notFound('That category');
    const cooked = this.cooker.cook(body.raw);
    await this.posts.enforceNewMemberLimits(actor, forumPolicy.moderate(context.subject), cooked);
    const tags = [...new Set(body.tags ?? [])];

    const { threadId, envelopes } = await this.dataSource.transaction(async (manager) => {
      const claim = await this.idempotency.claim(manager, actor.userId, key, 'thread.create');
      if (!claim.fresh) return { threadId: claim.resourceId, envelopes: [] as StreamEnvelope[] };
      const threadId = claim.resourceId;
      await this.discussions.createThread(manager, { id: threadId, kind: 'forum', communityId: context.community.id, authorId: actor.userId, title: body.title, tags });
      await this.repository.place(manager, threadId, category.id);
      const postId = crypto.randomUUID();
      const added = await this.discussions.addPost(manager, { id: postId, threadId, authorId: actor.userId, raw: body.raw, cooked, replyToPostId: null }, false);
      await this.outbox.record(manager, 'discussion.post_changed', { postId, threadId });
      await this.drafts.remove(actor.userId, `new-thread:${category.id}`, manager);
      const activity = {
        threadId,
        communityId: context.community.id,
        kind: 'forum' as const,
        title: body.title,
        postCount: 1,
        lastPostAt: added!.createdAt,
        lastPoster: { id: actor.userId, displayName: actor.displayName },
        postDelta: 1,
      };
      return { threadId, envelopes: await this.kinds.afterPost(manager, activity) };
    });
    this.publisher.deliver(...envelopes);
    const placement = await this.repository.placement(threadId, null);
    return { id: threadId, communitySlug: context.community.slug, categorySlug: placement?.category_slug ?? categorySlug };
  }

  async detail(threadId: string, actor: Actor | undefined): Promise<ThreadDetail> {
    const context = await this.threads.read(threadId, actor);
    return this.toDetail(context, actor);
  }

  /** Title and tags (author or moderator); pin, lock and move (moderators). */
  async update(threadId: string, actor: Actor, body: UpdateThreadRequest, client: ClientInfo): Promise<ThreadDetail> {
    const context = await this.threads.read(threadId, actor);
    if (body.title !== undefined || body.tags !== undefined) requireAbility(threadPolicy, 'editThread', context.subject, 'Only the person who started the discussion, or a facilitator, can change its title and tags.');
    if (body.pinned !== undefined || body.locked !== undefined || body.categoryId !== undefined) requireAbility(threadPolicy, 'moderate', context.subject, 'Only facilitators can pin, lock or move discussions.');
    const envelope = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE discussion_threads SET title = COALESCE($2, title), tags = COALESCE($3, tags),
                pinned_at = CASE WHEN $4::boolean IS NULL THEN pinned_at WHEN $4 THEN COALESCE(pinned_at, now()) ELSE NULL END,
                locked_at = CASE WHEN $5::boolean IS NULL THEN locked_at WHEN $5 THEN COALESCE(locked_at, now()) ELSE NULL END,
                updated_at = now()
          WHERE id = $1`,
        [threadId, body.title ?? null, body.tags ? [...new Set(body.tags)] : null, body.pinned ?? null, body.locked ?? null],
      );
      if (body.pinned !== undefined) await this.repository.setPinned(manager, threadId, body.pinned);
      if (body.categoryId !== undefined) await this.moveTo(manager, context, body.categoryId);
      // Pins and locks change nothing a search engine holds; title, tags and category do.
      if (body.title !== undefined || body.tags !== undefined || body.categoryId !== undefined) await this.outbox.record(manager, 'discussion.thread_changed', { threadId });
      if (body.pinned !== undefined || body.locked !== undefined || body.categoryId !== undefined) {
        const changes = { pinned: body.pinned, locked: body.locked, categoryId: body.categoryId };
        await this.audit.record({ action: 'moderation.thread_changed', actorUserId: actor.userId, subjectUserId: context.thread.author_id, client, metadata: { threadId, ...changes } }, manager);
      }
      return this.recordUpdated(manager, threadId);
    });
    this.publisher.deliver(envelope);
    return this.detail(threadId, actor);
  }

  /** Soft-deletes a thread: moderators, or its author while nobody has replied. */
  async remove(threadId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.threads.read(threadId, actor);
    const authorAlone = context.subject.isThreadAuthor && context.thread.post_count === 1;
    if (!context.subject.moderator && !authorAlone) throw new DomainError(ErrorCode.Forbidden, 'Only facilitators can remove a discussion others have replied to.');
    await this.setDeleted(context, actor, client, true);
  }

  async restore(threadId: string, actor: Actor, client: ClientInfo): Promise<ThreadDetail> {
    const context = await this.threads.require(threadId, actor, 'moderate');
    await this.setDeleted(context, actor, client, false);
    return this.detail(threadId, actor);
  }

  async acceptAnswer(threadId: string, actor: Actor, body: AcceptAnswerRequest): Promise<ThreadDetail> {
    const envelope = await this.reading.acceptAnswer(threadId, actor, body, (manager) => this.recordUpdated(manager, threadId));
    this.publisher.deliver(envelope);
    return this.detail(threadId, actor);
  }

  private async setDeleted(context: ThreadContext, actor: Actor, client: ClientInfo, deleted: boolean): Promise<void> {
    const threadId = context.thread.id;
    const envelope = await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE discussion_threads SET deleted_at = ${deleted ? 'now()' : 'NULL'}, updated_at = now() WHERE id = $1`, [threadId]);
      await this.repository.setDeleted(manager, threadId, deleted);
      await this.outbox.record(manager, 'discussion.thread_changed', { threadId });
      await this.audit.record({ action: deleted ? 'moderation.thread_deleted' : 'moderation.thread_restored', actorUserId: actor.userId, subjectUserId: context.thread.author_id, client, metadata: { threadId } }, manager);
      return this.recordUpdated(manager, threadId);
    });
    this.publisher.deliver(envelope);
  }

  private async moveTo(manager: EntityManager, context: ThreadContext, categoryId: string): Promise<void> {
    const target: unknown[] = await manager.query('SELECT 1 FROM forum_categories WHERE id = $1 AND community_id = $2', [categoryId, context.thread.community_id]);
    if (target.length === 0) throw DomainError.validation([{ path: 'body.categoryId', message: 'Choose a category of this forum.' }]);
    const placement = await this.repository.placement(context.thread.id, null, manager);
    if (placement && placement.category_id !== categoryId) await this.repository.move(manager, context.thread.id, placement.category_id, categoryId);
  }

  /** Records `thread.updated` with the thread's state as committed by this transaction. */
  private async recordUpdated(manager: EntityManager, threadId: string): Promise<StreamEnvelope> {
    const rows: { title: string; tags: string[]; pinned: boolean; locked: boolean; category_id: string; accepted_post_id: string | null; deleted: boolean }[] = await manager.query(
      `SELECT t.title, t.tags, t.pinned_at IS NOT NULL AS pinned, t.locked_at IS NOT NULL AS locked, f.category_id, t.accepted_post_id, t.deleted_at IS NOT NULL AS deleted
         FROM discussion_threads t JOIN forum_threads f ON f.thread_id = t.id WHERE t.id = $1`,
      [threadId],
    );
    const t = rows[0]!;
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

  private async toDetail(context: ThreadContext, actor: Actor | undefined): Promise<ThreadDetail> {
    const { thread, community, subject } = context;
    const placement = await this.repository.placement(thread.id, actor?.userId ?? null);
    if (!placement) throw DomainError.notFound('That discussion');
    return {
      ...toSummary({ ...thread, pinned: thread.pinned_at !== null, locked: thread.locked_at !== null, answered: thread.accepted_post_id !== null, deleted: thread.deleted_at !== null }),
      community: { id: community.community.id, slug: community.community.slug, name: community.community.name },
      category: { id: placement.category_id, slug: placement.category_slug, name: placement.category_name },
      acceptedPostId: thread.accepted_post_id,
      streamSeq: Number(thread.stream_seq ?? 0),
      viewer: {
        lastReadNumber: thread.last_read_number ?? 0,
        watchLevel: thread.watch_level ?? placement.category_watch ?? 'normal',
        abilities: abilitiesOf(threadPolicy, subject) as ThreadDetail['viewer']['abilities'],
      },
    };
  }
}
