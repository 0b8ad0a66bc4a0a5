import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationDetail, UpdateOrganisationRequest } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { AuditService } from '../audit';
import { AffiliationsRepository } from './affiliations.repository';
import { AffiliationsService } from './affiliations.service';
import { OrganisationEntity } from './organisation.entity';
import { organisationPolicy, type OrganisationSubject } from './organisation.policy';
import { OrganisationsRepository } from './organisations.repository';
import { toSummary } from './organisations.service';

/** An organisation's public page, and the edits its administrators make to it. */
@Injectable()
export class OrganisationPagesService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly affiliations: AffiliationsService,
    private readonly affiliationRows: AffiliationsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async detail(slug: string, actor: Actor | undefined): Promise<OrganisationDetail> {
    const organisation = await this.organisations.getBySlug(slug);
    return this.describe(organisation, await this.affiliations.subjectFor(actor, organisation.id));
  }

  async update(
    slug: string,
    request: UpdateOrganisationRequest,
    actor: Actor,
    client: ClientInfo,
  ): Promise<OrganisationDetail> {
    const organisation = await this.organisations.getBySlug(slug);
    const subject = await this.affiliations.subjectFor(actor, organisation.id);
    requireAbility(organisationPolicy, 'edit', subject);
    const changes: Partial<OrganisationEntity> = {
      ...(request.description !== undefined && { description: request.description || null }),
      ...(request.website !== undefined && { website: request.website }),
      ...(request.phases !== undefined && { phases: [...new Set(request.phases)] }),
      ...(request.emailDomains !== undefined && { emailDomains: [...new Set(request.emailDomains)] }),
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.update(OrganisationEntity, organisation.id, changes);
      await this.outbox.record(manager, 'organisation.updated', { organisationId: organisation.id });
      await this.audit.record(
        {
          action: 'organisation.updated',
          actorUserId: actor.userId,
          client,
          metadata: { organisationId: organisation.id, fields: Object.keys(changes) },
        },
        manager,
      );
    });
    return this.describe({ ...organisation, ...changes }, subject);
  }

  private async describe(organisation: OrganisationEntity, subject: OrganisationSubject): Promise<OrganisationDetail> {
    const canVerify = organisationPolicy.verifyAffiliations(subject);
    const [counts, partnerships] = await Promise.all([
      this.affiliationRows.countsFor(organisation.id),
      this.organisations.partnershipsOf(organisation.id),
    ]);
    return {
      ...toSummary(organisation),
      description: organisation.description,
      postcode: organisation.postcode,
      establishmentType: organisation.establishmentType,
      emailDomains: organisation.emailDomains,
      verifiedPeople: counts.verifiedPeople,
      partnerships,
      viewer: {
        canEdit: organisationPolicy.edit(subject),
        canVerify,
        pendingRequests: canVerify ? counts.pendingRequests : 0,
      },
    };
  }
}
