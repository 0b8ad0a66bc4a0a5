import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Region } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { ImportedOrganisation } from './gias-row';

/** Ids of the organisations an upsert created and of those it changed; the rest were unchanged. */
export interface UpsertOutcome {
  created: string[];
  updated: string[];
}

export interface ImportedLocalAuthority {
  laCode: string;
  name: string;
  slug: string;
  region: Region;
}

/**
 * One `INSERT … SELECT FROM jsonb_to_recordset … ON CONFLICT DO UPDATE` per batch: one round trip
 * and one parameter whatever the batch size. The update only touches the columns the register
 * owns, and only when one of them differs, so a re-import of an unchanged file writes nothing.
 * `description`, `email_domains` and `slug` are never in the update: they belong to the
 * organisation's admins, and a slug must outlive renames.
 */
function upsertSql(columns: Record<string, string>, conflictTarget: string, updates: Record<string, string>): string {
  const names = Object.keys(columns);
  const set = Object.entries(updates);
  return `INSERT INTO organisations AS o (${names.join(', ')})
    SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS v(${names.map((name) => `${name} ${columns[name]}`).join(', ')})
    ON CONFLICT ${conflictTarget} DO UPDATE SET ${set.map(([column, value]) => `${column} = ${value}`).join(', ')}, updated_at = now()
    WHERE (${set.map(([column]) => `o.${column}`).join(', ')}) IS DISTINCT FROM (${set.map(([, value]) => value).join(', ')})
    RETURNING o.id, (o.xmax = 0) AS created`;
}

const fromRegister = (...columns: string[]) =>
  Object.fromEntries(columns.map((column) => [column, `EXCLUDED.${column}`]));

const ESTABLISHMENT_UPSERT = upsertSql(
  {
    slug: 'text',
    kind: 'varchar',
    name: 'text',
    phases: 'text[]',
    region: 'varchar',
    local_authority_name: 'text',
    la_code: 'varchar',
    urn: 'varchar',
    ukprn: 'varchar',
    website: 'text',
    postcode: 'varchar',
    establishment_type: 'text',
    closed_on: 'date',
  },
  '(urn)',
  {
    // A school an admin has marked as a training school stays one: the register has no such kind.
    kind: `CASE WHEN o.kind = 'training_school' AND EXCLUDED.kind = 'school' THEN o.kind ELSE EXCLUDED.kind END`,
    ...fromRegister(
      'name',
      'phases',
      'region',
      'local_authority_name',
      'la_code',
      'ukprn',
      'website',
      'postcode',
      'establishment_type',
      'closed_on',
    ),
  },
);

const LOCAL_AUTHORITY_UPSERT = upsertSql(
  { slug: 'text', kind: 'varchar', name: 'text', region: 'varchar', local_authority_name: 'text', la_code: 'varchar' },
  `(la_code) WHERE kind = 'local_authority'`,
  fromRegister('name', 'region', 'local_authority_name'),
);

/** Writes imported organisations; every method runs in the caller's transaction. */
@Injectable()
export class OrganisationImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisations already holding any of these UKPRNs: UKPRN → that organisation's URN (or null). */
  async findUkprnHolders(
    ukprns: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string | null>> {
    if (ukprns.length === 0) return new Map();
    const rows: { ukprn: string; urn: string | null }[] = await manager.query(
      'SELECT ukprn, urn FROM organisations WHERE ukprn = ANY($1::varchar[])',
      [ukprns],
    );
    return new Map(rows.map((r) => [r.ukprn, r.urn]));
  }

  /** Inserts new establishments and updates changed ones, matched by URN. */
  upsertEstablishments(rows: ImportedOrganisation[], manager: EntityManager): Promise<UpsertOutcome> {
    return this.upsert(
      manager,
      ESTABLISHMENT_UPSERT,
      rows.map((row) => ({
        slug: row.slug,
        kind: row.kind,
        name: row.name,
        phases: row.phases,
        region: row.region,
        local_authority_name: row.localAuthorityName,
        la_code: row.laCode,
        urn: row.urn,
        ukprn: row.ukprn,
        website: row.website,
        postcode: row.postcode,
        establishment_type: row.establishmentType,
        closed_on: row.closedOn,
      })),
    );
  }

  /** Inserts new local authorities and updates changed ones, matched by LA code. */
  upsertLocalAuthorities(rows: ImportedLocalAuthority[], manager: EntityManager): Promise<UpsertOutcome> {
    return this.upsert(
      manager,
      LOCAL_AUTHORITY_UPSERT,
      rows.map((row) => ({
        slug: row.slug,
        kind: 'local_authority',
        name: row.name,
        region: row.region,
        local_authority_name: row.name,
        la_code: row.laCode,
      })),
    );
  }

  private async upsert(manager: EntityManager, sql: string, records: object[]): Promise<UpsertOutcome> {
    if (records.length === 0) return { created: [], updated: [] };
    // xmax is 0 on a freshly inserted row version, and set on one that ON CONFLICT updated.
    const rows: { id: string; created: boolean }[] = await manager.query(sql, [JSON.stringify(records)]);
    return {
      created: rows.filter((r) => r.created).map((r) => r.id),
      updated: rows.filter((r) => !r.created).map((r) => r.id),
    };
  }
}
