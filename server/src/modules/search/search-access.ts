import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';

/** What one searcher may find: the communities whose forum they may read and those they may see listed. */
export interface SearchScope {
  readableCommunityIds: { forum: string[] };
  visibleCommunityIds: string[];
}

const NOTHING: SearchScope = { readableCommunityIds: { forum: [] }, visibleCommunityIds: [] };

/**
 * The community policy (`communities/community.policy.ts`) as set-based SQL over every community
 * at once, so a search can pass the engine the lists up front and re-check its hits afterwards.
 * It mirrors the policy exactly; change both together:
 *   see:  visibility <> 'hidden' OR member OR platform admin
 *   read: member OR platform admin OR (visibility = 'open' AND signed in)
 * and tool content needs the tool switched on (`CommunityAccessService.requireTool`). Members are
 * rows of the `community_memberships` view (direct members and, in a partnership space, current
 * affiliations). Anonymous searchers get nothing: every search route is for signed-in members.
 */
const SCOPE_SQL = `
  WITH mine AS (SELECT DISTINCT cm.community_id FROM community_memberships cm WHERE cm.user_id = $1)
  SELECT c.id,
         (c.visibility <> 'hidden' OR m.member OR $2) AS visible,
         ('forum' = ANY(c.tools) AND (m.member OR $2 OR c.visibility = 'open')) AS forum_readable
    FROM communities c
    CROSS JOIN LATERAL (SELECT c.id IN (SELECT community_id FROM mine) AS member) m`;

@Injectable()
export class SearchAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async scope(actor: Actor | undefined, manager: EntityManager = this.dataSource.manager): Promise<SearchScope> {
    if (!actor) return NOTHING;
    const rows: { id: string; visible: boolean; forum_readable: boolean }[] = await manager.query(SCOPE_SQL, [actor.userId, isPlatformAdmin(actor)]);
    return {
      readableCommunityIds: { forum: rows.filter((r) => r.forum_readable).map((r) => r.id) },
      visibleCommunityIds: rows.filter((r) => r.visible).map((r) => r.id),
    };
  }
}
