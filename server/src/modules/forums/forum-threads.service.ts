import { Injectable } from '@nestjs/common';
import type {
  AcceptAnswerRequest,
  CategoryPage,
  CategoryThreadsQuery,
  CreatedThread,
  CreateThreadRequest,
  ThreadDetail,
  ThreadTeaser,
} from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { abilitiesOf, requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { CommunityAccessService } from '../communities';
import { DiscussionWriter, ThreadAccessService, ThreadReadingService } from '../discussions';
import { ForumCategoriesRepository, toCategory } from './forum-categories.repository';
import { ForumDiscussionHooks, type ForumThreadDetails } from './forum-discussion-hooks';
import { loadThreadDetail } from './forum-thread-detail';
import { ForumThreadsRepository } from './forum-threads.repository';
import { forumPolicy } from './forum.policy';

/**
 * Forum threads for readers and posters: the category listing, starting a thread, its page header, the accepted
 * answer.
 */
@Injectable()
export class ForumThreadsService {
  constructor(
    private readonly communities: CommunityAccessService,
    private readonly categories: ForumCategoriesRepository,
    private readonly repository: ForumThreadsRepository,
    private readonly access: ThreadAccessService,
    private readonly writer: DiscussionWriter,
    private readonly reading: ThreadReadingService,
    private readonly hooks: ForumDiscussionHooks,
    private readonly publisher: StreamPublisher,
  ) {}

  async categoryPage(
    slug: string,
    categorySlug: string,
    actor: Actor | undefined,
    query: CategoryThreadsQuery,
  ): Promise<CategoryPage> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    const abilities = abilitiesOf(forumPolicy, context.subject);
    const all = await this.categories.rows(context.community.id, actor?.userId ?? null, null);
    const row = all.find((c) => c.slug === categorySlug);
    if (!row) throw DomainError.notFound('That category');
    const offset = (query.page - 1) * query.pageSize;
    const [items, total] = await Promise.all([
      this.repository.list(row.id, actor?.userId ?? null, {
        offset,
        limit: query.pageSize,
        tag: query.tag,
        withDeleted: abilities.moderate,
      }),
      query.tag
        ? this.repository.countWithTag(row.id, query.tag, abilities.moderate)
        : Promise.resolve(row.thread_count),
    ]);
    return {
      community: { id: context.community.id, slug: context.community.slug, name: context.community.name },
      category: toCategory(row),
      categories: all.map((c) => ({ id: c.id, slug: c.slug, name: c.name })),
      abilities,
      threads: { items, page: query.page, pageSize: query.pageSize, total },
    };
  }

  /**
   * Starts a thread with its opening post through the engine's write path; an Idempotency-Key makes a retried submit
   * return the first thread.
   */
  async create(
    slug: string,
    categorySlug: string,
    actor: Actor,
    body: CreateThreadRequest,
    key: string | undefined,
  ): Promise<CreatedThread> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    requireAbility(forumPolicy, 'startThread', context.subject, 'Join the community to start a discussion.');
    const category = (await this.categories.rows(context.community.id, actor.userId, categorySlug))[0];
    if (!category) throw DomainError.notFound('That category');
    const details: ForumThreadDetails = { categoryId: category.id };
    const published = await this.writer.publish({
      actor,
      raw: body.raw,
      thread: {
        start: {
          type: 'forum',
          communityId: context.community.id,
          title: body.title,
          tags: [...new Set(body.tags ?? [])],
        },
        details,
      },
      idempotencyKey: key,
      draftKey: `new-thread:${category.id}`,
      moderator: forumPolicy.moderate(context.subject),
    });
    const threadId = published.replayed ? published.resourceId : published.threadId;
    const placement = await this.repository.placement(threadId, null);
    return {
      id: threadId,
      communitySlug: context.community.slug,
      categorySlug: placement?.category_slug ?? categorySlug,
    };
  }

  teaser(threadId: string, actor: Actor | undefined): Promise<ThreadTeaser> {
    return this.access.teaser(threadId, actor);
  }

  detail(threadId: string, actor: Actor | undefined): Promise<ThreadDetail> {
    return loadThreadDetail(this.access, this.repository, threadId, actor);
  }

  async acceptAnswer(threadId: string, actor: Actor, body: AcceptAnswerRequest): Promise<ThreadDetail> {
    const envelope = await this.reading.acceptAnswer(threadId, actor, body, (manager) =>
      this.hooks.threadUpdated(manager, threadId),
    );
    this.publisher.deliver(envelope);
    return this.detail(threadId, actor);
  }
}
