import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityRole } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { EFFECTIVE_ROLE } from './community-memberships.sql';

/** One person in a community's member list: their effective role and where it comes from. */
export interface MemberRow {
  user_id: string;
  display_name: string;
  role: CommunityRole;
  source: 'direct' | 'affiliation';
  joined_at: Date | null;
  total: string;
}

export interface JoinRequestRow {
  id: string;
  user_id: string;
  display_name: string;
  message: string | null;
  created_at: Date;
}

/**
 * Who belongs to a community and who asked to: direct members (`community_members`), everyone
 * through the `community_memberships` view, and join requests. Writes join the caller's transaction.
 */
@Injectable()
export class CommunityMembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Members as a page, facilitators first, each person once whatever the number of routes in. */
  findPage(communityId: string, page: { limit: number; offset: number }): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT m.user_id, u.display_name, m.role, m.source, m.joined_at, count(*) OVER () AS total
         FROM (SELECT user_id,
                      ${EFFECTIVE_ROLE} AS role,
                      CASE WHEN bool_or(source = 'direct') THEN 'direct' ELSE 'affiliation' END AS source,
                      min(joined_at) AS joined_at
                 FROM community_memberships WHERE community_id = $1 GROUP BY user_id) m
         JOIN people u ON u.id = m.user_id
        ORDER BY m.role, u.display_name, u.id
        LIMIT $2 OFFSET $3`,
      [communityId, page.limit, page.offset],
    );
  }

  /** Which of these addresses already belong to members, by any route. */
  async memberEmails(communityId: string, emails: string[]): Promise<Set<string>> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT u.email FROM people u
        WHERE u.email = ANY($1)
          AND EXISTS (SELECT 1 FROM community_memberships m WHERE m.community_id = $2 AND m.user_id = u.id)`,
      [emails, communityId],
    );
    return new Set(rows.map((r) => r.email));
  }

  async isMember(communityId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      'SELECT 1 FROM community_memberships WHERE community_id = $1 AND user_id = $2 LIMIT 1',
      [communityId, userId],
    );
    return rows.length > 0;
  }

  /** Facilitators other than this person, by any route (a lead organisation's admins count). */
  async countOtherFacilitators(communityId: string, userId: string, manager: EntityManager): Promise<number> {
    const rows: { n: string }[] = await manager.query(
      `SELECT count(DISTINCT user_id) AS n FROM community_memberships
        WHERE community_id = $1 AND role = 'facilitator' AND user_id <> $2`,
      [communityId, userId],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Adds or keeps a direct membership (an existing facilitator keeps their role) and settles any
   * pending join request; true when the membership row was written.
   */
  async addDirect(communityId: string, userId: string, role: CommunityRole, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO community_members (community_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (community_id, user_id) DO UPDATE
         SET role = CASE WHEN community_members.role = 'facilitator' THEN 'facilitator' ELSE EXCLUDED.role END
       RETURNING community_id`,
      [communityId, userId, role],
    );
    await manager.query(
      `UPDATE community_join_requests SET status = 'approved', decided_at = now()
        WHERE community_id = $1 AND user_id = $2 AND status = 'pending'`,
      [communityId, userId],
    );
    return inserted.length > 0;
  }

  /** Asks to join; a second request while one is pending changes nothing. */
  async requestToJoin(communityId: string, userId: string, message: string | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO community_join_requests (community_id, user_id, message) VALUES ($1, $2, $3)
       ON CONFLICT (community_id, user_id) WHERE status = 'pending' DO NOTHING`,
      [communityId, userId, message],
    );
  }

  pendingRequests(communityId: string): Promise<JoinRequestRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.user_id, u.display_name, r.message, r.created_at
         FROM community_join_requests r JOIN people u ON u.id = r.user_id
        WHERE r.community_id = $1 AND r.status = 'pending' ORDER BY r.created_at, r.id`,
      [communityId],
    );
  }
}
