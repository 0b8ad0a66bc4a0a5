import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';
import type { SearchScope } from './search-engine';

const NOTHING: SearchScope = { readableCommunityIds: { forum: [] }, visibleCommunityIds: [] };

/**
 * Every community at once through `community_access`, the communities module's one SQL rule of
 * who may see and read a community, so a search can pass the engine the lists up front and
 * re-check its hits afterwards. Tool content needs the tool switched on as well. Anonymous
 * searchers get nothing: every search route is for signed-in members.
 */
const SCOPE_SQL = `
  SELECT a.community_id AS id, a.visible, (a.readable AND 'forum' = ANY(a.tools)) AS forum_readable
    FROM community_access($1::uuid, $2::boolean) a`;

@Injectable()
export class SearchAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async scope(actor: Actor | undefined, manager: EntityManager = this.dataSource.manager): Promise<SearchScope> {
    if (!actor) return NOTHING;
    const rows: { id: string; visible: boolean; forum_readable: boolean }[] = await manager.query(SCOPE_SQL, [
      actor.userId,
      isPlatformAdmin(actor),
    ]);
    return {
      readableCommunityIds: { forum: rows.filter((r) => r.forum_readable).map((r) => r.id) },
      visibleCommunityIds: rows.filter((r) => r.visible).map((r) => r.id),
    };
  }
}
