import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type Affiliation,
  type AffiliationList,
  type CreateAffiliationRequest,
  type OrganisationAffiliation,
  type OrganisationAffiliationList,
  type OrganisationAffiliationQuery,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { isPlatformAdmin, requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { RealtimeAccess } from '../../infrastructure/realtime/realtime-access';
import { AuditService } from '../audit';
import { AffiliationEntity } from './affiliation.entity';
import { AffiliationsRepository, type AffiliationRow } from './affiliations.repository';
import { administeredOrganisationIds } from './organisation-admins';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';
import { organisationPolicy, type OrganisationSubject } from './organisation.policy';

/**
 * A person's affiliations: they ask, the organisation's admins (or a declared email domain)
 * verify, and either side can end one. Ending takes effect today and removes only the access
 * that came through it; the account and everything the person wrote stay.
 */
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly affiliations: AffiliationsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeAccess,
  ) {}

  async mine(actor: Actor): Promise<AffiliationList> {
    return { items: await this.withOrganisations(await this.affiliations.forUser(actor.userId)) };
  }

  async request(actor: Actor, request: CreateAffiliationRequest, client: ClientInfo): Promise<Affiliation> {
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneBy({ id: request.organisationId });
    if (!organisation) throw DomainError.notFound('That organisation');
    if (await this.affiliations.hasOpen(actor.userId, organisation.id, request.role)) {
      throw new DomainError(ErrorCode.Conflict, 'You already have this role at this organisation.');
    }

    const byDomain =
      request.role !== 'organisation_admin' &&
      actor.emailVerified &&
      organisation.emailDomains.includes(domainOf(actor.email));
    const id = await this.dataSource.transaction(async (manager) => {
      const affiliationId = await this.affiliations.insert(
        {
          userId: actor.userId,
          organisationId: organisation.id,
          role: request.role,
          title: request.title || null,
          startsOn: request.startsOn ?? null,
          status: byDomain ? 'verified' : 'pending',
          verificationMethod: byDomain ? 'email_domain' : null,
          decidedAt: byDomain ? new Date() : null,
        },
        manager,
      );
      await this.announce(
        manager,
        { id: affiliationId, userId: actor.userId, organisationId: organisation.id },
        byDomain ? 'affiliation.verified_by_domain' : 'affiliation.requested',
        actor,
        client,
      );
      return affiliationId;
    });
    return this.one(id);
  }

  async end(actor: Actor, id: string, endsOn: string | undefined, client: ClientInfo): Promise<Affiliation> {
    const affiliation = await this.dataSource.getRepository(AffiliationEntity).findOneBy({ id });
    if (!affiliation) throw DomainError.notFound('That affiliation');
    const own = affiliation.userId === actor.userId;
    if (!own) {
      const subject = await this.subjectFor(actor, affiliation.organisationId);
      // Someone else's affiliation is invisible unless you administer the organisation.
      if (!organisationPolicy.endAffiliations(subject)) throw DomainError.notFound('That affiliation');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.affiliations.end(id, endsOn ?? null, manager);
      await this.announce(
        manager,
        affiliation,
        own ? 'affiliation.ended' : 'affiliation.ended_by_organisation',
        actor,
        client,
      );
    });
    // Live updates of spaces it opened stop before the answer, on every node.
    await this.realtime.accessChanged(affiliation.userId);
    return this.one(id);
  }

  async forOrganisation(
    slug: string,
    actor: Actor,
    query: OrganisationAffiliationQuery,
  ): Promise<OrganisationAffiliationList> {
    const organisation = await this.organisations.getBySlug(slug);
    requireAbility(organisationPolicy, 'verifyAffiliations', await this.subjectFor(actor, organisation.id));
    const rows = await this.affiliations.forOrganisation(organisation.id, query.status);
    return { items: rows.map((r) => toOrganisationAffiliation(r, { displayName: r.displayName, email: r.email })) };
  }

  async decide(
    actor: Actor,
    id: string,
    decision: 'approve' | 'reject',
    client: ClientInfo,
  ): Promise<OrganisationAffiliation> {
    const affiliation = await this.dataSource
      .getRepository(AffiliationEntity)
      .findOne({ where: { id }, relations: { user: true } });
    if (!affiliation) throw DomainError.notFound('That affiliation');
    const subject = await this.subjectFor(actor, affiliation.organisationId);
    if (!organisationPolicy.verifyAffiliations(subject)) throw DomainError.notFound('That affiliation');
    if (affiliation.userId === actor.userId && !subject.platformAdmin)
      throw new DomainError(ErrorCode.Forbidden, 'Another administrator must verify your own affiliation.');
    if (affiliation.status !== 'pending')
      throw new DomainError(ErrorCode.Conflict, 'This request has already been decided.');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AffiliationEntity, id, {
        status: decision === 'approve' ? 'verified' : 'rejected',
        verificationMethod:
          decision === 'approve' ? (subject.organisationAdmin ? 'organisation_admin' : 'platform_admin') : null,
        decidedByUserId: actor.userId,
        decidedAt: new Date(),
      });
      await this.announce(
        manager,
        affiliation,
        decision === 'approve' ? 'affiliation.approved' : 'affiliation.rejected',
        actor,
        client,
      );
    });
    const row = await this.affiliations.findById(id);
    return toOrganisationAffiliation(row!, {
      displayName: affiliation.user!.displayName,
      email: affiliation.user!.email,
    });
  }

  async subjectFor(
    actor: Actor | undefined,
    organisationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationSubject> {
    const admin = actor
      ? (await administeredOrganisationIds(manager, actor.userId, [organisationId])).has(organisationId)
      : false;
    return { signedIn: actor !== undefined, platformAdmin: isPlatformAdmin(actor), organisationAdmin: admin };
  }

  private async announce(
    manager: EntityManager,
    affiliation: Pick<AffiliationEntity, 'id' | 'userId' | 'organisationId'>,
    action: string,
    actor: Actor,
    client: ClientInfo,
  ): Promise<void> {
    await this.outbox.record(manager, 'affiliation.changed', {
      affiliationId: affiliation.id,
      userId: affiliation.userId,
      organisationId: affiliation.organisationId,
    });
    await this.audit.record(
      {
        action,
        actorUserId: actor.userId,
        subjectUserId: affiliation.userId,
        client,
        metadata: { affiliationId: affiliation.id, organisationId: affiliation.organisationId },
      },
      manager,
    );
  }

  private async one(id: string): Promise<Affiliation> {
    const row = await this.affiliations.findById(id);
    const [affiliation] = await this.withOrganisations(row ? [row] : []);
    if (!affiliation) throw DomainError.notFound('That affiliation');
    return affiliation;
  }

  private async withOrganisations(rows: AffiliationRow[]): Promise<Affiliation[]> {
    if (rows.length === 0) return [];
    const organisations = await this.dataSource.getRepository(OrganisationEntity).find({
      where: rows.map((r) => ({ id: r.organisationId })),
      select: { id: true, slug: true, name: true, kind: true },
    });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return rows.flatMap((r) => {
      const o = byId.get(r.organisationId);
      return o ? [toAffiliation(r, { id: o.id, slug: o.slug, name: o.name, kind: o.kind })] : [];
    });
  }
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function toAffiliation(row: AffiliationRow, organisation: Affiliation['organisation']): Affiliation {
  return {
    id: row.id,
    organisation,
    role: row.role,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    verificationMethod: row.verificationMethod,
    verifiedAt: row.status === 'verified' && row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
    current: row.current,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

function toOrganisationAffiliation(
  row: AffiliationRow,
  person: { displayName: string; email: string },
): OrganisationAffiliation {
  return {
    id: row.id,
    person: { id: row.userId, ...person },
    role: row.role,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    verificationMethod: row.verificationMethod,
    current: row.current,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
