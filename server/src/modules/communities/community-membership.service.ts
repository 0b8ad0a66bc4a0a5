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
import { EFFECTIVE_ROLE } from './community-memberships.sql';
import { CommunityJoinRequestEntity } from './community-join-request.entity';
import { CommunityMemberEntity } from './community-member.entity';
import { communityPolicy } from './community.policy';

interface MemberRow {
  user_id: string;
  display_name: string;
  role: CommunityRole;
  source: 'direct' | 'affiliation';
  joined_at: Date | null;
  total: string;
}

/** Joining, leaving, requests and the member list. Every change is audited and announced. */
@Injectable()
export class CommunityMembershipService {
  constructor(
    private readonly access: CommunityAccessService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
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
      await this.dataSource.query(
        `INSERT INTO community_join_requests (community_id, user_id, message) VALUES ($1, $2, $3)
         ON CONFLICT (community_id, user_id) WHERE status = 'pending' DO NOTHING`,
        [context.community.id, actor.userId, message || null],
      );
      return { status: 'requested' };
    }
    if (context.subject.role !== null) return { status: 'member' };
    if (context.subject.pendingRequest) return { status: 'requested' };
    throw new DomainError(ErrorCode.Forbidden, 'This community is by invitation only. Ask one of its facilitators to invite you.');
  }

  async leave(slug: string, actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.access.see(slug, actor);
    if (!communityPolicy.leave(context.subject)) {
      const reason = context.subject.throughAffiliationOnly ? 'You belong to this partnership space through your organisation, so you cannot leave it yourself.' : 'You are not a member of this community.';
      throw new DomainError(ErrorCode.Conflict, reason);
    }
    await this.removeDirect(context, actor.userId, { action: 'left', actor, client });
  }

  /** Members as a page; the members tool (for readers) and the settings page (for facilitators) both use it. */
  async members(context: CommunityContext, query: PageQuery): Promise<CommunityMemberPage> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT m.user_id, u.display_name, m.role, m.source, m.joined_at, count(*) OVER () AS total
         FROM (SELECT user_id,
                      ${EFFECTIVE_ROLE} AS role,
                      CASE WHEN bool_or(source = 'direct') THEN 'direct' ELSE 'affiliation' END AS source,
                      min(joined_at) AS joined_at
                 FROM community_memberships WHERE community_id = $1 GROUP BY user_id) m
         JOIN people u ON u.id = m.user_id
        ORDER BY m.role, u.display_name, u.id
        LIMIT $2 OFFSET $3`,
      [context.community.id, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items: rows.map(toMember), total: Number(rows[0]?.total ?? 0), page: query.page, pageSize: query.pageSize };
  }

  async toolMembers(slug: string, actor: Actor, query: PageQuery): Promise<CommunityMemberPage> {
    return this.members(await this.access.requireTool(slug, actor, 'members'), query);
  }

  async managedMembers(slug: string, actor: Actor, query: PageQuery): Promise<CommunityMemberPage> {
    return this.members(await this.access.require(slug, actor, 'manage'), query);
  }

  async changeRole(slug: string, userId: string, role: CommunityRole, actor: Actor, client: ClientInfo): Promise<CommunityMember> {
    const context = await this.access.require(slug, actor, 'manage');
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(CommunityMemberEntity, { where: { communityId: context.community.id, userId }, lock: { mode: 'pessimistic_write' } });
      if (!existing) {
        // Partnership staff belong through their affiliation; making one a facilitator stores a direct membership.
        if (!(await this.isMember(context.community.id, userId, manager))) throw DomainError.notFound('That member');
        await manager.insert(CommunityMemberEntity, { communityId: context.community.id, userId, role });
      } else {
        if (existing.role === 'facilitator' && role !== 'facilitator') await this.assertAnotherFacilitator(context.community.id, userId, manager);
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
    const direct = await this.dataSource.getRepository(CommunityMemberEntity).findOneBy({ communityId: context.community.id, userId });
    if (!direct) {
      if (await this.isMember(context.community.id, userId)) {
        throw new DomainError(ErrorCode.Conflict, 'This person belongs through their organisation’s partnership. Their access ends when their affiliation ends.');
      }
      throw DomainError.notFound('That member');
    }
    await this.removeDirect(context, userId, { action: 'removed', actor, client });
  }

  async requests(slug: string, actor: Actor): Promise<{ items: JoinRequest[] }> {
    const context = await this.access.require(slug, actor, 'manage');
    const rows: { id: string; user_id: string; display_name: string; message: string | null; created_at: Date }[] = await this.dataSource.query(
      `SELECT r.id, r.user_id, u.display_name, r.message, r.created_at FROM community_join_requests r JOIN people u ON u.id = r.user_id
        WHERE r.community_id = $1 AND r.status = 'pending' ORDER BY r.created_at, r.id`,
      [context.community.id],
    );
    return { items: rows.map((r) => ({ id: r.id, person: { id: r.user_id, displayName: r.display_name }, message: r.message, createdAt: r.created_at.toISOString() })) };
  }

  async decide(slug: string, requestId: string, decision: 'approve' | 'decline', actor: Actor, client: ClientInfo): Promise<void> {
    const context = await this.access.require(slug, actor, 'manage');
    await this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(CommunityJoinRequestEntity, { where: { id: requestId, communityId: context.community.id, status: 'pending' }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw DomainError.notFound('That request');
      await manager.update(CommunityJoinRequestEntity, request.id, { status: decision === 'approve' ? 'approved' : 'declined', decidedByUserId: actor.userId, decidedAt: new Date() });
      await this.audit.record({ action: `community.request_${decision === 'approve' ? 'approved' : 'declined'}`, actorUserId: actor.userId, subjectUserId: request.userId, client, metadata: { communityId: context.community.id } }, manager);
      if (decision === 'approve') await this.addMember(context.community.id, request.userId, 'member', manager);
    });
  }

  /** Adds a direct membership (idempotent; an existing facilitator keeps their role). */
  async addMember(communityId: string, userId: string, role: CommunityRole, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO community_members (community_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (community_id, user_id) DO UPDATE SET role = CASE WHEN community_members.role = 'facilitator' THEN 'facilitator' ELSE EXCLUDED.role END
       RETURNING community_id`,
      [communityId, userId, role],
    );
    await manager.query(`UPDATE community_join_requests SET status = 'approved', decided_at = now() WHERE community_id = $1 AND user_id = $2 AND status = 'pending'`, [communityId, userId]);
    if (inserted.length > 0) await this.outbox.record(manager, 'community.membership_changed', { communityId, userId, change: 'joined' });
  }

  private async removeDirect(context: CommunityContext, userId: string, how: { action: 'left' | 'removed'; actor: Actor; client: ClientInfo }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CommunityMemberEntity, { where: { communityId: context.community.id, userId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw DomainError.notFound('That member');
      if (row.role === 'facilitator') await this.assertAnotherFacilitator(context.community.id, userId, manager);
      await manager.delete(CommunityMemberEntity, { communityId: context.community.id, userId });
      await this.announce(manager, context.community.id, userId, how.action, how.actor, how.client);
    });
    // Live updates of the community stop before the answer, on every node.
    await this.realtime.accessChanged(userId);
  }

  private async announce(manager: EntityManager, communityId: string, userId: string, change: 'left' | 'removed' | 'role_changed', actor: Actor, client: ClientInfo, extra: Record<string, unknown> = {}): Promise<void> {
    await this.outbox.record(manager, 'community.membership_changed', { communityId, userId, change });
    await this.audit.record({ action: `community.member_${change}`, actorUserId: actor.userId, subjectUserId: userId, client, metadata: { communityId, ...extra } }, manager);
  }

  /** A community always keeps at least one facilitator, so someone can look after it. */
  private async assertAnotherFacilitator(communityId: string, leavingUserId: string, manager: EntityManager): Promise<void> {
    const rows: { n: string }[] = await manager.query(
      `SELECT count(DISTINCT user_id) AS n FROM community_memberships WHERE community_id = $1 AND role = 'facilitator' AND user_id <> $2`,
      [communityId, leavingUserId],
    );
    if (Number(rows[0]?.n ?? 0) === 0) throw new DomainError(ErrorCode.Conflict, 'A community needs at least one facilitator. Make someone else a facilitator first.');
  }

  private async isMember(communityId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM community_memberships WHERE community_id = $1 AND user_id = $2 LIMIT 1', [communityId, userId]);
    return rows.length > 0;
  }
}

function toMember(row: MemberRow): CommunityMember {
  return { user: { id: row.user_id, displayName: row.display_name }, role: row.role, source: row.source, joinedAt: row.joined_at ? new Date(row.joined_at).toISOString() : null };
}
