import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationRef, PartnershipListQuery } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../../infrastructure/database/escape-like';
import type { PartnershipEntity } from './partnership.entity';

/** A partnership with its lead organisation and how many organisations belong now. */
export interface PartnershipSummaryRow {
  id: string;
  slug: string;
  name: string;
  model: PartnershipEntity['model'];
  description: string | null;
  lead_id: string;
  lead_slug: string;
  lead_name: string;
  lead_kind: OrganisationRef['kind'];
  member_count: string;
  total: string;
}

const SUMMARY_SQL = `
  SELECT p.id, p.slug, p.name, p.model, p.description,
         o.id AS lead_id, o.slug AS lead_slug, o.name AS lead_name, o.kind AS lead_kind,
         (SELECT count(*) FROM partnership_members pm
           WHERE pm.partnership_id = p.id AND pm.left_at IS NULL) AS member_count,
         count(*) OVER () AS total
    FROM partnerships p JOIN organisation_directory o ON o.id = p.lead_organisation_id`;

/** Partnerships and their current member organisations; writes join the caller's transaction. */
@Injectable()
export class PartnershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A page by name, optionally only those an organisation belongs to or matching a name fragment. */
  findPage(query: PartnershipListQuery): Promise<PartnershipSummaryRow[]> {
    return this.dataSource.query(
      `${SUMMARY_SQL}
        WHERE ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM partnership_members pm
                 WHERE pm.partnership_id = p.id AND pm.organisation_id = $1 AND pm.left_at IS NULL))
          AND ($2::text IS NULL OR p.name ILIKE $2)
        ORDER BY p.name, p.id LIMIT $3 OFFSET $4`,
      [
        query.organisationId ?? null,
        query.q ? `%${escapeLike(query.q)}%` : null,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ],
    );
  }

  async findSummary(id: string): Promise<PartnershipSummaryRow | null> {
    const rows: PartnershipSummaryRow[] = await this.dataSource.query(`${SUMMARY_SQL} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Current member organisations, the lead first, then by name. */
  members(partnershipId: string, leadOrganisationId: string): Promise<(OrganisationRef & { joined_at: Date })[]> {
    return this.dataSource.query(
      `SELECT o.id, o.slug, o.name, o.kind, pm.joined_at
         FROM partnership_members pm JOIN organisation_directory o ON o.id = pm.organisation_id
        WHERE pm.partnership_id = $1 AND pm.left_at IS NULL ORDER BY (o.id = $2) DESC, o.name`,
      [partnershipId, leadOrganisationId],
    );
  }

  async memberOrganisationIds(partnershipId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.dataSource.query(
      'SELECT organisation_id FROM partnership_members WHERE partnership_id = $1 AND left_at IS NULL',
      [partnershipId],
    );
    return rows.map((r) => r.organisation_id);
  }

  /** Adds a current member; an organisation already in the partnership stays as it is. */
  async addMember(partnershipId: string, organisationId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO partnership_members (partnership_id, organisation_id) VALUES ($1, $2)
       ON CONFLICT (partnership_id, organisation_id) WHERE left_at IS NULL DO NOTHING`,
      [partnershipId, organisationId],
    );
  }

  /** Records that the organisation left today; false when it was not a current member. */
  async markLeft(partnershipId: string, organisationId: string, manager: EntityManager): Promise<boolean> {
    const left: unknown[] = await manager.query(
      `UPDATE partnership_members SET left_at = now()
        WHERE partnership_id = $1 AND organisation_id = $2 AND left_at IS NULL RETURNING id`,
      [partnershipId, organisationId],
    );
    return left.length > 0;
  }

  /** The partnership's space, read through the communities module's published directory. */
  async spaceSlug(partnershipId: string): Promise<string | null> {
    const rows: { slug: string }[] = await this.dataSource.query(
      'SELECT slug FROM community_directory WHERE partnership_id = $1',
      [partnershipId],
    );
    return rows[0]?.slug ?? null;
  }

  /** Whether the person has a current verified affiliation to any of these organisations. */
  async isAffiliatedToAny(userId: string, organisationIds: string[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM verified_affiliations a
        WHERE a.user_id = $1 AND a.organisation_id = ANY($2) AND a.current LIMIT 1`,
      [userId, organisationIds],
    );
    return rows.length > 0;
  }
}
