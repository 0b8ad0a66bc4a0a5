import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMUNITY_TOOLS,
  DEFAULT_COMMUNITY_TOOLS,
  isBuiltCommunityTool,
  type CommunityDetail,
  type CommunityListQuery,
  type CommunityPage,
  type CommunityTool,
  type CommunityType,
  type CommunityVisibility,
  type CreateCommunityRequest,
  type UpdateCommunityRequest,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { freeSlug } from '../../infrastructure/database/free-slug';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { AuditService } from '../audit';
import { CommunitiesRepository } from './communities.repository';
import { CommunityAccessService, type CommunityContext } from './community-access.service';
import { CommunityMemberEntity } from './community-member.entity';
import { communityPolicy } from './community.policy';

/**
 * Tools in the order the navigation shows them, whatever order they were switched on. Only tools
 * that exist: one switched on in stored data (seeds, earlier versions) before it was built stays
 * out of sight rather than leading to a dead end.
 */
export const orderTools = (tools: readonly CommunityTool[]): CommunityTool[] =>
  COMMUNITY_TOOLS.map((t) => t.id).filter((id) => tools.includes(id) && isBuiltCommunityTool(id));

export interface NewCommunity {
  name: string;
  type: CommunityType;
  visibility: CommunityVisibility;
  description?: string | null;
  welcomeMessage?: string | null;
  tools?: readonly CommunityTool[];
  parentId?: string | null;
  partnershipId?: string | null;
  facilitatorId: string | null;
}

/** Creating, finding and configuring communities. Membership lives in CommunityMembershipService. */
@Injectable()
export class CommunitiesService {
  constructor(
    private readonly communities: CommunitiesRepository,
    private readonly access: CommunityAccessService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: CommunityListQuery, actor: Actor | undefined): Promise<CommunityPage> {
    const { items, total } = await this.communities.findVisiblePage(query, {
      viewerId: actor?.userId ?? null,
      platformAdmin: isPlatformAdmin(actor),
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async detail(slug: string, actor: Actor | undefined): Promise<CommunityDetail> {
    return this.describe(await this.access.see(slug, actor));
  }

  async create(request: CreateCommunityRequest, actor: Actor): Promise<CommunityDetail> {
    let parentId: string | null = null;
    if (request.parentSlug) {
      const parent = await this.access.require(request.parentSlug, actor, 'createSubcommunity');
      assertNotMoreVisibleThanParent(request.visibility, parent.community.visibility);
      parentId = parent.community.id;
    }
    const created = await this.dataSource.transaction((manager) =>
      this.insert({ ...request, parentId, facilitatorId: actor.userId }, manager),
    );
    return this.detail(created.slug, actor);
  }

  /** Inserts a community (and its first facilitator) inside the caller's transaction. */
  async insert(values: NewCommunity, manager: EntityManager): Promise<{ id: string; slug: string }> {
    const community = await this.communities.insert(
      {
        slug: await freeSlug(manager, 'communities', values.name),
        name: values.name,
        type: values.type,
        visibility: values.visibility,
        description: values.description ?? null,
        welcomeMessage: values.welcomeMessage ?? null,
        tools: orderTools(values.tools ?? DEFAULT_COMMUNITY_TOOLS),
        parentId: values.parentId ?? null,
        partnershipId: values.partnershipId ?? null,
        createdByUserId: values.facilitatorId,
      },
      manager,
    );
    if (values.facilitatorId)
      await manager.insert(CommunityMemberEntity, {
        communityId: community.id,
        userId: values.facilitatorId,
        role: 'facilitator',
      });
    await this.outbox.record(manager, 'community.created', { communityId: community.id });
    return community;
  }

  async update(
    slug: string,
    request: UpdateCommunityRequest,
    actor: Actor,
    client: ClientInfo,
  ): Promise<CommunityDetail> {
    const context = await this.access.require(slug, actor, 'manage');
    if (request.visibility) await this.checkVisibilityChange(context, request.visibility);
    const publicReading = publicReadingAfter(context, request);
    const changes = {
      ...(request.name !== undefined && { name: request.name }),
      ...(request.description !== undefined && { description: request.description || null }),
      ...(request.welcomeMessage !== undefined && { welcomeMessage: request.welcomeMessage || null }),
      ...(request.visibility !== undefined && { visibility: request.visibility }),
      ...(request.tools !== undefined && { tools: orderTools(request.tools) }),
      ...(publicReading !== context.community.publicReading && { publicReading }),
    };
    await this.dataSource.transaction(async (manager) => {
      await this.communities.update(context.community.id, changes, manager);
      await this.outbox.record(manager, 'community.updated', { communityId: context.community.id });
      await this.audit.record(
        {
          action: 'community.settings_changed',
          actorUserId: actor.userId,
          client,
          metadata: { communityId: context.community.id, fields: Object.keys(changes), tools: changes.tools },
        },
        manager,
      );
    });
    return this.detail(slug, actor);
  }

  private async checkVisibilityChange(context: CommunityContext, visibility: CommunityVisibility): Promise<void> {
    if (context.community.partnershipId && visibility !== context.community.visibility) {
      throw DomainError.validation([
        { path: 'body.visibility', message: 'A partnership space stays visible only to the partnership.' },
      ]);
    }
    if (context.community.parentId) {
      const parentVisibility = await this.communities.visibilityOf(context.community.parentId);
      assertNotMoreVisibleThanParent(visibility, parentVisibility ?? 'hidden');
    }
  }

  private async describe(context: CommunityContext): Promise<CommunityDetail> {
    const { community, subject } = context;
    const [memberCount, parent, partnership, subcommunities] = await Promise.all([
      this.communities.countMembers(community.id),
      this.communities.parentRef(community.parentId),
      this.communities.partnershipRef(community.partnershipId),
      community.parentId
        ? Promise.resolve({ items: [] })
        : this.communities.findVisiblePage(
            { page: 1, pageSize: 100 },
            { viewerId: context.actor?.userId ?? null, platformAdmin: subject.platformAdmin, parentId: community.id },
          ),
    ]);
    return {
      id: community.id,
      slug: community.slug,
      name: community.name,
      type: community.type,
      visibility: community.visibility,
      description: community.description,
      memberCount,
      parent,
      partnership,
      viewerRole: subject.role,
      // The welcome message is for those who can read the community.
      welcomeMessage: communityPolicy.read(subject) ? community.welcomeMessage : null,
      publicReading: community.publicReading,
      tools: orderTools(community.tools),
      subcommunities: subcommunities.items,
      viewer: {
        role: subject.role,
        throughAffiliation: subject.throughAffiliationOnly,
        pendingRequest: subject.pendingRequest,
        abilities: this.access.abilities(context),
      },
    };
  }
}

/**
 * Public reading after this change: only an open community may have it, so asking for it
 * elsewhere is a 400, and a community that stops being open stops being public with it.
 */
function publicReadingAfter(context: CommunityContext, request: UpdateCommunityRequest): boolean {
  const visibility = request.visibility ?? context.community.visibility;
  const wanted = request.publicReading ?? context.community.publicReading;
  if (request.publicReading && visibility !== 'open') {
    throw DomainError.validation([
      { path: 'body.publicReading', message: 'Only an open community can be read without signing in.' },
    ]);
  }
  return wanted && visibility === 'open';
}

const OPENNESS: Record<CommunityVisibility, number> = { hidden: 0, invite_only: 1, request: 2, open: 3 };

/** A hidden community's sub-communities are hidden too; otherwise listings would reveal it. */
function assertNotMoreVisibleThanParent(visibility: CommunityVisibility, parent: CommunityVisibility): void {
  if (parent === 'hidden' && OPENNESS[visibility] > OPENNESS.hidden) {
    throw DomainError.validation([
      { path: 'body.visibility', message: 'A sub-community of a hidden community must be hidden too.' },
    ]);
  }
}
