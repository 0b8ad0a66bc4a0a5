import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  streams,
  type CreateCategoryRequest,
  type ForumCategory,
  type ForumIndex,
  type MentionSuggestions,
  type UpdateCategoryRequest,
  type WatchLevel,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { abilitiesOf, requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { StreamPublisher } from '../../infrastructure/realtime/stream-publisher';
import { AuditService } from '../audit';
import { CommunityAccessService, communityPolicy, type CommunityContext } from '../communities';
import { ModerationService } from '../discussions';
import { ForumCategoriesRepository, toCategory } from './forum-categories.repository';
import { forumPolicy } from './forum.policy';

/** A community forum's categories: the index page, and what facilitators change. */
@Injectable()
export class ForumCategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ForumCategoriesRepository,
    private readonly communities: CommunityAccessService,
    private readonly moderation: ModerationService,
    private readonly publisher: StreamPublisher,
    private readonly audit: AuditService,
  ) {}

  async index(slug: string, actor: Actor | undefined): Promise<ForumIndex> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    const abilities = abilitiesOf(forumPolicy, context.subject);
    const [rows, streamSeq, openFlags] = await Promise.all([
      this.repository.rows(context.community.id, actor?.userId ?? null, null),
      this.publisher.headSeq(streams.community(context.community.id)),
      abilities.moderate ? this.moderation.openFlagCount(context.community.id) : Promise.resolve(0),
    ]);
    return {
      community: { id: context.community.id, slug: context.community.slug, name: context.community.name },
      categories: rows.map(toCategory),
      abilities,
      openFlags,
      streamSeq,
    };
  }

  async create(slug: string, actor: Actor, body: CreateCategoryRequest, client: ClientInfo): Promise<ForumCategory> {
    const context = await this.requireManage(slug, actor);
    const communityId = context.community.id;
    const id = await this.dataSource.transaction(async (manager) => {
      const categoryId = await this.repository.insert(manager, communityId, {
        name: body.name,
        description: body.description || null,
      });
      await this.audit.record(
        { action: 'forum.category_created', actorUserId: actor.userId, client, metadata: { communityId, categoryId } },
        manager,
      );
      return categoryId;
    });
    return this.one(id, actor);
  }

  async update(categoryId: string, actor: Actor, body: UpdateCategoryRequest): Promise<ForumCategory> {
    await this.requireManageById(categoryId, actor);
    await this.repository.update(categoryId, {
      name: body.name,
      description: body.description === undefined ? undefined : body.description || null,
    });
    return this.one(categoryId, actor);
  }

  /** Only an empty category can go: threads are never deleted by accident with their category. */
  async remove(categoryId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.requireManageById(categoryId, actor);
    await this.dataSource.transaction(async (manager) => {
      if (await this.repository.hasThreads(manager, categoryId))
        throw new DomainError(ErrorCode.Conflict, 'Move or delete the discussions in this category first.');
      await this.repository.remove(manager, categoryId);
      await this.audit.record(
        {
          action: 'forum.category_deleted',
          actorUserId: actor.userId,
          client,
          metadata: { communityId: context.community.id, categoryId },
        },
        manager,
      );
    });
  }

  async reorder(slug: string, actor: Actor, categoryIds: string[]): Promise<void> {
    const context = await this.requireManage(slug, actor);
    const known = new Set(await this.repository.ids(context.community.id));
    if (
      categoryIds.length !== known.size ||
      new Set(categoryIds).size !== known.size ||
      !categoryIds.every((id) => known.has(id))
    ) {
      throw DomainError.validation([
        { path: 'body.categoryIds', message: 'List every category of this forum exactly once.' },
      ]);
    }
    await this.repository.reorder(categoryIds);
  }

  async watch(categoryId: string, actor: Actor, level: WatchLevel): Promise<void> {
    await this.readById(categoryId, actor);
    await this.repository.setWatchLevel(actor.userId, categoryId, level);
  }

  /** Members whose name starts with (or contains) what was typed after "@". */
  async mentionSuggestions(slug: string, actor: Actor, q: string): Promise<MentionSuggestions> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    return { items: await this.repository.membersNamed(context.community.id, q) };
  }

  /** The community of a category, as the viewer may see it; 404 unless its forum is on and readable. */
  async readById(categoryId: string, actor: Actor | undefined): Promise<CommunityContext> {
    const communityId = await this.repository.communityOf(categoryId);
    const context = communityId ? await this.communities.seeById(communityId, actor).catch(() => undefined) : undefined;
    if (!context || !context.community.tools.includes('forum') || !communityPolicy.read(context.subject))
      throw DomainError.notFound('That category');
    return context;
  }

  private async requireManage(slug: string, actor: Actor): Promise<CommunityContext> {
    const context = await this.communities.requireTool(slug, actor, 'forum');
    requireAbility(
      forumPolicy,
      'manageCategories',
      context.subject,
      'Only facilitators can change the forum’s categories.',
    );
    return context;
  }

  private async requireManageById(categoryId: string, actor: Actor): Promise<CommunityContext> {
    const context = await this.readById(categoryId, actor);
    requireAbility(
      forumPolicy,
      'manageCategories',
      context.subject,
      'Only facilitators can change the forum’s categories.',
    );
    return context;
  }

  private async one(categoryId: string, actor: Actor): Promise<ForumCategory> {
    return toCategory((await this.repository.one(categoryId, actor.userId))!);
  }
}
