import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationAffiliationQuery } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AffiliationEntity, CURRENT_AFFILIATION } from './affiliation.entity';

/** An affiliation as stored, plus whether it grants access today. */
export interface AffiliationRow extends Omit<AffiliationEntity, 'organisation' | 'user'> {
  current: boolean;
}

type Decided = 'status' | 'verificationMethod' | 'decidedAt';
export type NewAffiliation = Pick<AffiliationEntity, 'userId' | 'organisationId' | 'role' | 'title' | Decided> & {
  /** Today when null. */
  startsOn: string | null;
};

const SELECT_WITH_CURRENT = `SELECT a.*, (${CURRENT_AFFILIATION}) AS current FROM affiliations a`;

/** Not yet decided and not ended: a person may hold one of these per organisation and role. */
const OPEN = `a.status <> 'rejected' AND (a.ends_on IS NULL OR a.ends_on > current_date)`;

const BY_STATUS: Record<OrganisationAffiliationQuery['status'], string> = {
  pending: `a.status = 'pending' AND (a.ends_on IS NULL OR a.ends_on > current_date)`,
  current: CURRENT_AFFILIATION,
  past: `a.status = 'verified' AND a.ends_on IS NOT NULL AND a.ends_on <= current_date`,
};

/** Affiliations, always read with `current` worked out by the one definition of it. */
@Injectable()
export class AffiliationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<AffiliationRow | null> {
    return (await this.rows('WHERE a.id = $1', [id]))[0] ?? null;
  }

  /** The person's affiliations, current ones first, then newest. */
  forUser(userId: string): Promise<AffiliationRow[]> {
    return this.rows('WHERE a.user_id = $1 ORDER BY current DESC, a.starts_on DESC, a.created_at DESC', [userId]);
  }

  async hasOpen(userId: string, organisationId: string, role: AffiliationEntity['role']): Promise<boolean> {
    const where = `WHERE a.user_id = $1 AND a.organisation_id = $2 AND a.role = $3 AND ${OPEN}`;
    return (await this.rows(where, [userId, organisationId, role])).length > 0;
  }

  /** An organisation's affiliations in one status, newest first, with the person's name and email. */
  async forOrganisation(
    organisationId: string,
    status: OrganisationAffiliationQuery['status'],
  ): Promise<(AffiliationRow & { displayName: string; email: string })[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.*, (${CURRENT_AFFILIATION}) AS current, u.display_name, u.email
         FROM affiliations a JOIN people u ON u.id = a.user_id
        WHERE a.organisation_id = $1 AND ${BY_STATUS[status]} ORDER BY a.created_at DESC LIMIT 500`,
      [organisationId],
    );
    return rows.map((r) => ({ ...camel(r), displayName: String(r.display_name), email: String(r.email) }));
  }

  /** People with a current affiliation, and open requests waiting for a decision. */
  async countsFor(organisationId: string): Promise<{ verifiedPeople: number; pendingRequests: number }> {
    const [row]: { verified: string; pending: string }[] = await this.dataSource.query(
      `SELECT count(DISTINCT a.user_id) FILTER (WHERE ${CURRENT_AFFILIATION}) AS verified,
              count(*) FILTER (WHERE ${BY_STATUS.pending}) AS pending
         FROM affiliations a WHERE a.organisation_id = $1`,
      [organisationId],
    );
    return { verifiedPeople: Number(row?.verified ?? 0), pendingRequests: Number(row?.pending ?? 0) };
  }

  async insert(values: NewAffiliation, manager: EntityManager): Promise<string> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO affiliations
         (user_id, organisation_id, role, title, starts_on, status, verification_method, decided_at)
       VALUES ($1, $2, $3, $4, COALESCE($5::date, current_date), $6, $7, $8) RETURNING id`,
      [
        values.userId,
        values.organisationId,
        values.role,
        values.title,
        values.startsOn,
        values.status,
        values.verificationMethod,
        values.decidedAt,
      ],
    );
    return inserted[0]!.id;
  }

  /** Ends on the given day (today when null); never before it started, nor later than an end already set. */
  async end(id: string, endsOn: string | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE affiliations
          SET ends_on = GREATEST(starts_on,
                                 LEAST(COALESCE($2::date, current_date), COALESCE(ends_on, 'infinity'::date))),
              updated_at = now()
        WHERE id = $1`,
      [id, endsOn],
    );
  }

  private async rows(where: string, params: unknown[]): Promise<AffiliationRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`${SELECT_WITH_CURRENT} ${where}`, params);
    return rows.map(camel);
  }
}

/** Raw rows come back snake_case; turn them into the entity's shape. */
function camel(row: Record<string, unknown>): AffiliationRow {
  return {
    id: row.id,
    userId: row.user_id,
    organisationId: row.organisation_id,
    role: row.role,
    title: row.title,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    verificationMethod: row.verification_method,
    decidedByUserId: row.decided_by_user_id,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    current: row.current,
  } as AffiliationRow;
}
