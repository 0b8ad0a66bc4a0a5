import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationKind, OrganisationListQuery, PartnershipModel, Region } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../../infrastructure/database/escape-like';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OrganisationEntity } from './organisation.entity';

type ImportedDetails = 'postcode' | 'establishmentType' | 'closedOn' | 'emailDomains';
export type NewOrganisation = Omit<OrganisationEntity, 'id' | 'createdAt' | 'updatedAt' | ImportedDetails> &
  Partial<Pick<OrganisationEntity, ImportedDetails>>;

type PartnershipRef = { id: string; slug: string; name: string; model: PartnershipModel };

/** Reads and writes organisations; every method can join the caller's transaction. */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(query: OrganisationListQuery, manager: EntityManager = this.dataSource.manager) {
    const qb = manager.createQueryBuilder(OrganisationEntity, 'o').where('o.closed_on IS NULL');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.region) qb.andWhere('o.region = :region', { region: query.region });
    if (query.phase) qb.andWhere(':phase = ANY(o.phases)', { phase: query.phase });
    if (query.q) qb.andWhere('o.name ILIKE :pattern', { pattern: `%${escapeLike(query.q)}%` });
    const [items, total] = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** The organisation, or 404 whether it is missing or the slug is mistyped. */
  async getBySlug(slug: string): Promise<OrganisationEntity> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ slug });
    if (!organisation) throw DomainError.notFound('That organisation');
    return organisation;
  }

  /** Counts per (region, kind); the service shapes them into the overview. */
  async countByRegionAndKind(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ region: Region | null; kind: OrganisationKind; count: number }[]> {
    const rows: { region: Region | null; kind: OrganisationKind; count: string }[] = await manager.query(
      'SELECT region, kind, count(*) AS count FROM organisations WHERE closed_on IS NULL GROUP BY region, kind',
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  async findSlugs(manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    const rows: { slug: string }[] = await manager.query('SELECT slug FROM organisations');
    return new Set(rows.map((r) => r.slug));
  }

  /** Partnerships the organisation leads or belongs to (partnerships' published views), led ones first. */
  partnershipsOf(organisationId: string): Promise<(PartnershipRef & { lead: boolean })[]> {
    return this.dataSource.query(
      `SELECT p.id, p.slug, p.name, p.model, (p.lead_organisation_id = $1) AS lead FROM partnership_directory p
        WHERE p.lead_organisation_id = $1
           OR EXISTS (SELECT 1 FROM partnership_organisations pm
                       WHERE pm.partnership_id = p.id AND pm.organisation_id = $1)
        ORDER BY lead DESC, p.name`,
      [organisationId],
    );
  }

  /** Inserts organisations, skipping any whose slug already exists; returns the new ids. */
  async insertMissing(rows: NewOrganisation[], manager: EntityManager): Promise<string[]> {
    if (rows.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OrganisationEntity)
      .values(rows)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((r) => r.id);
  }
}
