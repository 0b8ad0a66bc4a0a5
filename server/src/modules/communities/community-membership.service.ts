import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type CommunityMember,
  type CommunityMemberPage,
  type CommunityRole,
  type JoinCommunityResult,
  type JoinRequest,
  type PageQuery,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { RealtimeAccess } from '../../infrastructure/realtime/realtime-access';
import { AuditService } from '../audit';
import { CommunityAccessService, type CommunityContext } from './community-access.service';
import { CommunityJoinRequestEntity } from './community-join-request.entity';
import { CommunityMemberEntity } from './community-member.entity';
import { CommunityMembersRepository, type MemberRow } from './community-members.repository';
import { communityPolicy } from './community.policy';

/** Joining, leaving, requests and the member list. Every change is audited and announced. */
@Injectable()
export class CommunityMembershipService {
  constructor(
    private readonly access: CommunityAccessService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly memberships: CommunityMembersRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeAccess,
  ) {}

  async join(slug: string, actor: Actor, message: string | undefined): Promise<JoinCommunityResult> {
    const context = await this.access.see(slug, actor);
    if (communityPolicy.join(context.subject)) {
      await this.addMember(context.community.id, actor.userId, 'member');
      return { status: 'member' };
    }
    if (communityPolicy.requestToJoin(context.subject)) {
      await this.memberships.requestToJoin(context.community.id, actor.userId, message || null);
      return { status: 'requested' };
    }
    if (context.subject.role !== null) return { status: 'member' };
    if (context.subject.pendingRequest) return { status: 'requested' };
    throw new DomainError(
      ErrorCode.Forbidden,
      'This community is by invitation only. Ask one of its facilitators to invite you.',
    );
  }

  async leave(slug: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.access.see(slug, actor);
    if (!communityPolicy.leave(context.subject)) {
      const reason = context.subject.throughAffiliationOnly
        ? 'You belong to this partnership space through your organisation, so you cannot leave it yourself.'
        : 'You are not a member of this community.';
      throw new DomainError(ErrorCode.Conflict, reason);
    }
    await this.removeDirect(context, actor.userId, { action: 'left', actor, client });
  }

  /** Members as a page; the members tool (for readers) and the settings page (for facilitators) both use it. */
  async members(context: CommunityContext, query: PageQuery): Promise<CommunityMemberPage> {
    const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
    const rows = await this.memberships.findPage(context.community.id, page);
    return {
      items: rows.map(toMember),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async toolMembers(slug: string, actor: Actor, query: PageQuery): Promise<CommunityMemberPage> {
    return this.members(await this.access.requireTool(slug, actor, 'members'), query);
  }

  async managedMembers(slug: string, actor: Actor, query: PageQuery): Promise<CommunityMemberPage> {
    return this.members(await this.access.require(slug, actor, 'manage'), query);
  }

  async changeRole(
    slug: string,
    userId: string,
    role: CommunityRole,
    actor: Actor,
    client: ClientInfo,
  ): Promise<CommunityMember> {
    const context = await this.access.require(slug, actor, 'manage');
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(CommunityMemberEntity, {
        where: { communityId: context.community.id, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) {
        // Partnership staff belong through their affiliation; making one a facilitator stores a direct membership.
        const member = await this.memberships.isMember(context.community.id, userId, manager);
        if (!member) throw DomainError.notFound('That member');
        await manager.insert(CommunityMemberEntity, { communityId: context.community.id, userId, role });
      } else {
        if (existing.role === 'facilitator' && role !== 'facilitator')
          await this.assertAnotherFacilitator(context.community.id, userId, manager);
        await manager.update(CommunityMemberEntity, { communityId: context.community.id, userId }, { role });
      }
      await this.announce(manager, context.community.id, userId, 'role_changed', actor, client, { role });
    });
    const page = await this.members(context, { page: 1, pageSize: 100 });
    const member = page.items.find((m) => m.user.id === userId);
    if (!member) throw DomainError.notFound('That member');
    return member;
  }

  async remove(slug: string, userId: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.access.require(slug, actor, 'manage');
    const direct = await this.dataSource
      .getRepository(CommunityMemberEntity)
      .findOneBy({ communityId: context.community.id, userId });
    if (!direct) {
      if (await this.memberships.isMember(context.community.id, userId)) {
        throw new DomainError(
          ErrorCode.Conflict,
          'This person belongs through their organisation’s partnership. Their access ends when their affiliation ends.',
        );
      }
      throw DomainError.notFound('That member');
    }
    await this.removeDirect(context, userId, { action: 'removed', actor, client });
  }

  async requests(slug: string, actor: Actor): Promise<{ items: JoinRequest[] }> {
    const context = await this.access.require(slug, actor, 'manage');
    const rows = await this.memberships.pendingRequests(context.community.id);
    return {
      items: rows.map((r) => ({
        id: r.id,
        person: { id: r.user_id, displayName: r.display_name },
        message: r.message,
        createdAt: r.created_at.toISOString(),
      })),
    };
  }

  async decide(
    slug: string,
    requestId: string,
    decision: 'approve' | 'decline',
    actor: Actor,
    client: ClientInfo,
  ): Promise<void> {
    const context = await this.access.require(slug, actor, 'manage');
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(CommunityJoinRequestEntity, {
        where: { id: requestId, communityId: context.community.id, status: 'pending' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw DomainError.notFound('That request');
      await manager.update(CommunityJoinRequestEntity, request.id, {
        status: decision === 'approve' ? 'approved' : 'declined',
        decidedByUserId: actor.userId,
        decidedAt: new Date(),
      });
      await this.audit.record(
        {
          action: `community.request_${decision === 'approve' ? 'approved' : 'declined'}`,
          actorUserId: actor.userId,
          subjectUserId: request.userId,
          client,
          metadata: { communityId: context.community.id },
        },
        manager,
      );
      if (decision === 'approve') await this.addMember(context.community.id, request.userId, 'member', manager);
      await this.outbox.record(manager, 'community.join_decided', {
        requestId,
        communityId: context.community.id,
        userId: request.userId,
        approved: decision === 'approve',
      });
    });
  }

  /** Adds a direct membership (idempotent; an existing facilitator keeps their role). */
  async addMember(
    communityId: string,
    userId: string,
    role: CommunityRole,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (await this.memberships.addDirect(communityId, userId, role, manager)) {
      await this.outbox.record(manager, 'community.membership_changed', { communityId, userId, change: 'joined' });
    }
  }

  private async removeDirect(
    context: CommunityContext,
    userId: string,
    how: { action: 'left' | 'removed'; actor: Actor; client: ClientInfo },
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CommunityMemberEntity, {
        where: { communityId: context.community.id, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw DomainError.notFound('That member');
      if (row.role === 'facilitator') await this.assertAnotherFacilitator(context.community.id, userId, manager);
      await manager.delete(CommunityMemberEntity, { communityId: context.community.id, userId });
      await this.announce(manager, context.community.id, userId, how.action, how.actor, how.client);
    });
    // Live updates of the community stop before the answer, on every node.
    await this.realtime.accessChanged(userId);
  }

  private async announce(
    manager: EntityManager,
    communityId: string,
    userId: string,
    change: 'left' | 'removed' | 'role_changed',
    actor: Actor,
    client: ClientInfo,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.outbox.record(manager, 'community.membership_changed', { communityId, userId, change });
    await this.audit.record(
      {
        action: `community.member_${change}`,
        actorUserId: actor.userId,
        subjectUserId: userId,
        client,
        metadata: { communityId, ...extra },
      },
      manager,
    );
  }

  /** A community always keeps at least one facilitator, so someone can look after it. */
  private async assertAnotherFacilitator(
    communityId: string,
    leavingUserId: string,
    manager: EntityManager,
  ): Promise<void> {
    if ((await this.memberships.countOtherFacilitators(communityId, leavingUserId, manager)) === 0) {
      const message = 'A community needs at least one facilitator. Make someone else a facilitator first.';
      throw new DomainError(ErrorCode.Conflict, message);
    }
  }
}

function toMember(row: MemberRow): CommunityMember {
  return {
    user: { id: row.user_id, displayName: row.display_name },
    role: row.role,
    source: row.source,
    joinedAt: row.joined_at ? new Date(row.joined_at).toISOString() : null,
  };
}
