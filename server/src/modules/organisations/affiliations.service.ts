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
import { AffiliationEntity, CURRENT_AFFILIATION } from './affiliation.entity';
import { administeredOrganisationIds } from './organisation-admins';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsRepository } from './organisations.repository';
import { organisationPolicy, type OrganisationSubject } from './organisation.policy';

interface AffiliationRow extends Omit<AffiliationEntity, 'organisation' | 'user'> {
  current: boolean;
}

const SELECT_WITH_CURRENT = `SELECT a.*, (${CURRENT_AFFILIATION}) AS current FROM affiliations a`;

/**
 * A person's affiliations: they ask, the organisation's admins (or a declared email domain)
 * verify, and either side can end one. Ending takes effect today and removes only the access
 * that came through it; the account and everything the person wrote stay.
 */
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly organisations: OrganisationsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly realtime: RealtimeAccess,
  ) {}

  async mine(actor: Actor): Promise<AffiliationList> {
    const rows = await this.rows(`WHERE a.user_id = $1 ORDER BY current DESC, a.starts_on DESC, a.created_at DESC`, [actor.userId]);
    return { items: await this.withOrganisations(rows) };
  }

  async request(actor: Actor, request: CreateAffiliationRequest, client: ClientInfo): Promise<Affiliation> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: request.organisationId });
    if (!organisation) throw DomainError.notFound('That organisation');
    const open = await this.rows(`WHERE a.user_id = $1 AND a.organisation_id = $2 AND a.role = $3 AND a.status <> 'rejected' AND (a.ends_on IS NULL OR a.ends_on > current_date)`, [
      actor.userId,
      organisation.id,
      request.role,
    ]);
    if (open.length > 0) throw new DomainError(ErrorCode.Conflict, 'You already have this role at this organisation.');

    const byDomain = request.role !== 'organisation_admin' && actor.emailVerified && organisation.emailDomains.includes(domainOf(actor.email));
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO affiliations (user_id, organisation_id, role, title, starts_on, status, verification_method, decided_at)
         VALUES ($1, $2, $3, $4, COALESCE($5::date, current_date), $6, $7, $8) RETURNING id`,
        [actor.userId, organisation.id, request.role, request.title || null, request.startsOn ?? null, byDomain ? 'verified' : 'pending', byDomain ? 'email_domain' : null, byDomain ? new Date() : null],
      );
      const affiliationId = inserted[0]!.id;
      await this.announce(manager, { id: affiliationId, userId: actor.userId, organisationId: organisation.id }, byDomain ? 'affiliation.verified_by_domain' : 'affiliation.requested', actor, client);
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
      // Ends today unless a date is given; never before it started, and never later than an end already set.
      await manager.query(
        `UPDATE affiliations SET ends_on = GREATEST(starts_on, LEAST(COALESCE($2::date, current_date), COALESCE(ends_on, 'infinity'::date))), updated_at = now() WHERE id = $1`,
        [id, endsOn ?? null],
      );
      await this.announce(manager, affiliation, own ? 'affiliation.ended' : 'affiliation.ended_by_organisation', actor, client);
    });
    // Live updates of spaces it opened stop before the answer, on every node.
    await this.realtime.accessChanged(affiliation.userId);
    return this.one(id);
  }

  async forOrganisation(slug: string, actor: Actor, query: OrganisationAffiliationQuery): Promise<OrganisationAffiliationList> {
    const organisation = await this.organisations.getBySlug(slug);
    requireAbility(organisationPolicy, 'verifyAffiliations', await this.subjectFor(actor, organisation.id));
    const filter = {
      pending: `a.status = 'pending' AND (a.ends_on IS NULL OR a.ends_on > current_date)`,
      current: CURRENT_AFFILIATION,
      past: `a.status = 'verified' AND a.ends_on IS NOT NULL AND a.ends_on <= current_date`,
    }[query.status];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT a.*, (${CURRENT_AFFILIATION}) AS current, u.display_name, u.email FROM affiliations a JOIN people u ON u.id = a.user_id
        WHERE a.organisation_id = $1 AND ${filter} ORDER BY a.created_at DESC LIMIT 500`,
      [organisation.id],
    );
    return { items: rows.map((r) => toOrganisationAffiliation(camel(r), { displayName: String(r.display_name), email: String(r.email) })) };
  }

  async decide(actor: Actor, id: string, decision: 'approve' | 'reject', client: ClientInfo): Promise<OrganisationAffiliation> {
    const affiliation = await this.dataSource.getRepository(AffiliationEntity).findOne({ where: { id }, relations: { user: true } });
    if (!affiliation) throw DomainError.notFound('That affiliation');
    const subject = await this.subjectFor(actor, affiliation.organisationId);
    if (!organisationPolicy.verifyAffiliations(subject)) throw DomainError.notFound('That affiliation');
    if (affiliation.userId === actor.userId && !subject.platformAdmin) throw new DomainError(ErrorCode.Forbidden, 'Another administrator must verify your own affiliation.');
    if (affiliation.status !== 'pending') throw new DomainError(ErrorCode.Conflict, 'This request has already been decided.');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(AffiliationEntity, id, {
        status: decision === 'approve' ? 'verified' : 'rejected',
        verificationMethod: decision === 'approve' ? (subject.organisationAdmin ? 'organisation_admin' : 'platform_admin') : null,
        decidedByUserId: actor.userId,
        decidedAt: new Date(),
      });
      await this.announce(manager, affiliation, decision === 'approve' ? 'affiliation.approved' : 'affiliation.rejected', actor, client);
    });
    const [row] = await this.rows('WHERE a.id = $1', [id]);
    return toOrganisationAffiliation(row!, { displayName: affiliation.user!.displayName, email: affiliation.user!.email });
  }

  async subjectFor(actor: Actor | undefined, organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<OrganisationSubject> {
    const admin = actor ? (await administeredOrganisationIds(manager, actor.userId, [organisationId])).has(organisationId) : false;
    return { signedIn: actor !== undefined, platformAdmin: isPlatformAdmin(actor), organisationAdmin: admin };
  }

  private async announce(manager: EntityManager, affiliation: Pick<AffiliationEntity, 'id' | 'userId' | 'organisationId'>, action: string, actor: Actor, client: ClientInfo): Promise<void> {
    await this.outbox.record(manager, 'affiliation.changed', { affiliationId: affiliation.id, userId: affiliation.userId, organisationId: affiliation.organisationId });
    await this.audit.record({ action, actorUserId: actor.userId, subjectUserId: affiliation.userId, client, metadata: { affiliationId: affiliation.id, organisationId: affiliation.organisationId } }, manager);
  }

  private async one(id: string): Promise<Affiliation> {
    const [affiliation] = await this.withOrganisations(await this.rows('WHERE a.id = $1', [id]));
    if (!affiliation) throw DomainError.notFound('That affiliation');
    return affiliation;
  }

  private async rows(where: string, params: unknown[]): Promise<AffiliationRow[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(`${SELECT_WITH_CURRENT} ${where}`, params);
    return rows.map(camel);
  }

  private async withOrganisations(rows: AffiliationRow[]): Promise<Affiliation[]> {
    if (rows.length === 0) return [];
    const organisations = await this.dataSource.getRepository(OrganisationEntity).find({ where: rows.map((r) => ({ id: r.organisationId })), select: { id: true, slug: true, name: true, kind: true } });
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

function toOrganisationAffiliation(row: AffiliationRow, person: { displayName: string; email: string }): OrganisationAffiliation {
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
