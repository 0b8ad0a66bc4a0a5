import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ORGANISATION_KINDS,
  type DirectoryOverview,
  type OrganisationListQuery,
  type OrganisationPage,
  type OrganisationSummary,
} from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import type { OrganisationEntity } from './organisation.entity';
import { OrganisationsRepository, type NewOrganisation } from './organisations.repository';

/** The public directory of organisations. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly outbox: OutboxService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: OrganisationListQuery): Promise<OrganisationPage> {
    const { items, total } = await this.organisations.findPage(query);
    return { items: items.map(toSummary), page: query.page, pageSize: query.pageSize, total };
  }

  async overview(): Promise<DirectoryOverview> {
    const counts = await this.organisations.countByRegionAndKind();
    const byKind = (rows: typeof counts) =>
      ORGANISATION_KINDS.map(({ id }) => ({
        kind: id,
        count: rows.filter((r) => r.kind === id).reduce((n, r) => n + r.count, 0),
      }));
    const regions = [...new Set(counts.map((c) => c.region).filter((r) => r !== null))].sort();
    return {
      totalOrganisations: counts.reduce((n, c) => n + c.count, 0),
      byKind: byKind(counts),
      regions: regions.map((region) => {
        const rows = counts.filter((c) => c.region === region);
        return {
          region,
          total: rows.reduce((n, r) => n + r.count, 0),
          byKind: byKind(rows).filter((k) => k.count > 0),
        };
      }),
    };
  }

  /** Adds organisations that are not there yet (by slug) and announces each new one. */
  async addMissing(rows: NewOrganisation[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const ids = await this.organisations.insertMissing(rows, manager);
      await this.outbox.recordMany(
        manager,
        'organisation.created',
        ids.map((organisationId) => ({ organisationId })),
      );
      return ids.length;
    });
  }
}

export function toSummary(entity: OrganisationEntity): OrganisationSummary {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    kind: entity.kind,
    phases: entity.phases,
    region: entity.region,
    localAuthorityName: entity.localAuthorityName,
    urn: entity.urn,
    ukprn: entity.ukprn,
    laCode: entity.laCode,
    website: entity.website,
  };
}
