import type { EntityManager } from 'typeorm';
import { CURRENT_AFFILIATION } from './affiliation.entity';

/** Organisations the person administers today (a current, verified organisation_admin affiliation). */
export async function administeredOrganisationIds(
  manager: EntityManager,
  userId: string,
  among?: string[],
): Promise<Set<string>> {
  const rows: { organisation_id: string }[] = await manager.query(
    `SELECT DISTINCT a.organisation_id FROM affiliations a
      WHERE a.user_id = $1 AND a.role = 'organisation_admin' AND ${CURRENT_AFFILIATION} AND ($2::uuid[] IS NULL OR a.organisation_id = ANY($2))`,
    [userId, among ?? null],
  );
  return new Set(rows.map((r) => r.organisation_id));
}
