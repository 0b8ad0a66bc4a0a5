import { Injectable } from '@nestjs/common';
import { isBuiltCommunityTool, type CommunityAbilities, type CommunityTool } from '@commonroom/contracts';
import type { Actor } from '../../infrastructure/auth/actor';
import { abilitiesOf, isPlatformAdmin, requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import type { CommunityEntity } from './community.entity';
import { CommunitiesRepository } from './communities.repository';
import { communityPolicy, type CommunityAction, type CommunitySubject } from './community.policy';

/** A community as one viewer sees it: the row, their standing, and the policy over both. */
export interface CommunityContext {
  community: Pick<
    CommunityEntity,
    | 'id'
    | 'slug'
    | 'name'
    | 'type'
    | 'visibility'
    | 'description'
    | 'welcomeMessage'
    | 'tools'
    | 'parentId'
    | 'partnershipId'
    | 'publicReading'
  >;
  subject: CommunitySubject;
  actor: Actor | undefined;
}

/**
 * Resolves a community for a viewer in one query and applies the community policy. Every
 * community route goes through here, so a hidden community answers 404 on every endpoint.
 */
@Injectable()
export class CommunityAccessService {
  constructor(private readonly communities: CommunitiesRepository) {}

  /** The community if the viewer may see it; otherwise 404, whether it exists or not. */
  async see(slug: string, actor: Actor | undefined): Promise<CommunityContext> {
    return this.load('slug', slug, actor);
  }

  /** As `see`, by id: for content (threads, posts, uploads, streams) that points at its community. */
  async seeById(id: string, actor: Actor | undefined): Promise<CommunityContext> {
    return this.load('id', id, actor);
  }

  /** Whether the viewer may read a community's tools, without throwing (real-time subscriptions). */
  async canRead(id: string, actor: Actor | undefined): Promise<boolean> {
    try {
      return communityPolicy.read((await this.seeById(id, actor)).subject);
    } catch {
      return false;
    }
  }

  private async load(by: 'slug' | 'id', value: string, actor: Actor | undefined): Promise<CommunityContext> {
    const viewer = { id: actor?.userId ?? null, platformAdmin: isPlatformAdmin(actor) };
    const row = await this.communities.findForViewer(by, value, viewer);
    if (!row) throw DomainError.notFound('That community');
    const context: CommunityContext = {
      actor,
      community: {
        id: row.id,
        slug: row.slug,
        name: row.name,
        type: row.type,
        visibility: row.visibility,
        description: row.description,
        welcomeMessage: row.welcome_message,
        tools: row.tools,
        parentId: row.parent_id,
        partnershipId: row.partnership_id,
        publicReading: row.public_reading,
      },
      subject: {
        visibility: row.visibility,
        isSubcommunity: row.parent_id !== null,
        signedIn: actor !== undefined,
        publicReading: row.public_reading,
        platformAdmin: isPlatformAdmin(actor),
        role: row.role,
        throughAffiliationOnly: row.role !== null && !row.direct,
        pendingRequest: row.pending_request,
      },
    };
    if (!communityPolicy.see(context.subject)) throw DomainError.notFound('That community');
    return context;
  }

  /** Sees the community, then requires the action (403 when it is visible but not allowed). */
  async require(slug: string, actor: Actor | undefined, action: CommunityAction): Promise<CommunityContext> {
    const context = await this.see(slug, actor);
    requireAbility(communityPolicy, action, context.subject);
    return context;
  }

  /**
   * For tool routes: the tool must be switched on and the viewer able to read. A switched-off
   * tool answers 404, as if the route did not exist.
   */
  async requireTool(slug: string, actor: Actor | undefined, tool: CommunityTool): Promise<CommunityContext> {
    const context = await this.see(slug, actor);
    const on = context.community.tools.includes(tool) && isBuiltCommunityTool(tool);
    if (!on || !communityPolicy.read(context.subject)) throw DomainError.notFound('That page');
    return context;
  }

  abilities(context: CommunityContext): CommunityAbilities {
    const { see: _see, ...abilities } = abilitiesOf(communityPolicy, context.subject);
    return abilities;
  }
}
