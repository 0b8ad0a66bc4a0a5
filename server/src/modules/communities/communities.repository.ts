import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CommunityListQuery,
  CommunityRole,
  CommunitySummary,
  CommunityTool,
  CommunityVisibility,
  PartnershipRef,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../../infrastructure/database/escape-like';
import { CommunityEntity } from './community.entity';
import {
  PARTNERSHIP_REF_COLUMNS,
  PARTNERSHIP_REF_JOINS,
  toPartnershipRef,
  type PartnershipRefRow,
} from './partnership-ref';
import { preparedQuery } from '../../infrastructure/database/prepared-query';

interface SummaryRow extends PartnershipRefRow {
  id: string;
  slug: string;
  name: string;
  type: CommunitySummary['type'];
  visibility: CommunitySummary['visibility'];
  description: string | null;
  member_count: string;
  parent_slug: string | null;
  parent_name: string | null;
  viewer_role: CommunityRole | null;
  total: string;
}

/** One community with how one viewer stands towards it, as `community_access` says. */
export interface ViewerCommunityRow {
  id: string;
  slug: string;
  name: string;
  type: CommunityEntity['type'];
  visibility: CommunityEntity['visibility'];
  description: string | null;
  welcome_message: string | null;
  tools: CommunityTool[];
  parent_id: string | null;
  partnership_id: string | null;
  public_reading: boolean;
  /** Effective role, null for non-members; `direct` says whether any of it is a stored membership. */
  role: CommunityRole | null;
  direct: boolean | null;
  pending_request: boolean;
}

export interface ListScope {
  viewerId: string | null;
  platformAdmin: boolean;
  parentId?: string;
}

/** Reads communities as a given viewer may see them; hidden ones appear only to their members. */
@Injectable()
export class CommunitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findVisiblePage(
    query: Partial<CommunityListQuery> & { page: number; pageSize: number },
    scope: ListScope,
  ): Promise<{ items: CommunitySummary[]; total: number }> {
    const params: unknown[] = [scope.viewerId, scope.platformAdmin];
    const where = ['access.visible'];
    const add = (clause: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(clause(params.length));
    };
    if (query.mine) where.push('access.role IS NOT NULL');
    if (query.type) add((n) => `c.type = $${n}`, query.type);
    if (query.q) add((n) => `(c.name ILIKE $${n} OR c.description ILIKE $${n})`, `%${escapeLike(query.q)}%`);
    if (scope.parentId) add((n) => `c.parent_id = $${n}`, scope.parentId);
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.name, c.type, c.visibility, c.description, access.role AS viewer_role,
              (SELECT count(DISTINCT m.user_id) FROM community_memberships m WHERE m.community_id = c.id) AS member_count,
              p.slug AS parent_slug, p.name AS parent_name, ${PARTNERSHIP_REF_COLUMNS},
              count(*) OVER () AS total
         FROM communities c
         JOIN community_access($1::uuid, $2::boolean) access ON access.community_id = c.id
         LEFT JOIN communities p ON p.id = c.parent_id
         ${PARTNERSHIP_REF_JOINS}
        WHERE ${where.join(' AND ')}
        ORDER BY c.name, c.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toSummary), total: Number(rows[0]?.total ?? 0) };
  }

  /**
   * The community by slug or id with the viewer's standing, in one statement: role through
   * `community_access` (the one rule), plus whether they have a join request pending.
   */
  async findForViewer(
    by: 'slug' | 'id',
    value: string,
    viewer: { id: string | null; platformAdmin: boolean },
  ): Promise<ViewerCommunityRow | null> {
    const rows = await preparedQuery<ViewerCommunityRow>(
      this.dataSource,
      `communities.for-viewer-by-${by}`,
      `SELECT c.id, c.slug, c.name, c.type, c.visibility, c.description, c.welcome_message, c.tools, c.parent_id,
              c.partnership_id, c.public_reading, access.role, access.direct,
              EXISTS (SELECT 1 FROM community_join_requests r
                       WHERE r.community_id = c.id AND r.user_id = $2 AND r.status = 'pending') AS pending_request
         FROM communities c
         JOIN community_access($2::uuid, $3::boolean) access ON access.community_id = c.id
        WHERE ${by === 'slug' ? 'c.slug' : 'c.id'} = $1`,
      [value, viewer.id, viewer.platformAdmin],
    );
    return rows[0] ?? null;
  }

  async visibilityOf(id: string): Promise<CommunityVisibility | null> {
    const communities = this.dataSource.getRepository(CommunityEntity);
    const community = await communities.findOne({ where: { id }, select: { visibility: true } });
    return community?.visibility ?? null;
  }

  async insert(values: Partial<CommunityEntity>, manager: EntityManager): Promise<CommunityEntity> {
    return manager.getRepository(CommunityEntity).save(manager.getRepository(CommunityEntity).create(values));
  }

  async update(
    id: string,
    values: Partial<CommunityEntity>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(CommunityEntity).update(id, values);
  }

  async countMembers(communityId: string): Promise<number> {
    const rows: { count: string }[] = await this.dataSource.query(
      'SELECT count(DISTINCT user_id) AS count FROM community_memberships WHERE community_id = $1',
      [communityId],
    );
    return Number(rows[0]?.count ?? 0);
  }

  async parentRef(id: string | null): Promise<{ slug: string; name: string } | null> {
    if (id === null) return null;
    const rows: { slug: string; name: string }[] = await this.dataSource.query(
      'SELECT slug, name FROM communities WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  }

  /** A partnership space's partnership and its lead provider, through their published views. */
  async partnershipRef(id: string | null): Promise<PartnershipRef | null> {
    if (id === null) return null;
    const rows: PartnershipRefRow[] = await this.dataSource.query(
      `SELECT ${PARTNERSHIP_REF_COLUMNS}
         FROM partnership_directory pa
         LEFT JOIN organisation_directory lead ON lead.id = pa.lead_organisation_id
        WHERE pa.id = $1`,
      [id],
    );
    return rows[0] ? toPartnershipRef(rows[0]) : null;
  }
}

function toSummary(row: SummaryRow): CommunitySummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    type: row.type,
    visibility: row.visibility,
    description: row.description,
    memberCount: Number(row.member_count),
    parent: row.parent_slug && row.parent_name ? { slug: row.parent_slug, name: row.parent_name } : null,
    partnership: toPartnershipRef(row),
    viewerRole: row.viewer_role,
  };
}
