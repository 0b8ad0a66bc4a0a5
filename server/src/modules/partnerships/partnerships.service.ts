import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  PARTNERSHIP_COMMUNITY_TOOLS,
  findTerm,
  ORGANISATION_KINDS,
  type CreatePartnershipRequest,
  type OrganisationRef,
  type PartnershipDetail,
  type PartnershipListQuery,
  type PartnershipPage,
  type PartnershipSummary,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { freeSlug } from '../../infrastructure/database/free-slug';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { AuditService } from '../audit';
import { CommunitiesService } from '../communities';
import { AffiliationsService } from '../organisations';
import { OrganisationEntity } from '../organisations';
import { PartnershipAccessService, type PartnershipContext } from './partnership-access.service';
import { PartnershipMemberEntity } from './partnership-member.entity';
import { PartnershipEntity } from './partnership.entity';
import { PartnershipsRepository, type PartnershipSummaryRow } from './partnerships.repository';
import { partnershipPolicy } from './partnership.policy';

/** Kinds that can lead a partnership: accredited providers, and training schools. */
const canLead = (kind: OrganisationRef['kind']) =>
  kind === 'training_school' || (findTerm(ORGANISATION_KINDS, kind)?.canProvideItt ?? false);

/** Partnerships between providers and schools, and their spaces. Agreements live in AgreementsService. */
@Injectable()
export class PartnershipsService {
  constructor(
    private readonly access: PartnershipAccessService,
    private readonly partnerships: PartnershipsRepository,
    private readonly communities: CommunitiesService,
    private readonly affiliations: AffiliationsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: PartnershipListQuery): Promise<PartnershipPage> {
    const rows = await this.partnerships.findPage(query);
    return {
      items: rows.map(toSummary),
      total: Number(rows[0]?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(slug: string, actor: Actor | undefined): Promise<PartnershipDetail> {
    return this.describe(await this.access.resolve(slug, actor));
  }

  async create(request: CreatePartnershipRequest, actor: Actor, client: ClientInfo): Promise<PartnershipDetail> {
    const lead = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id: request.leadOrganisationId });
    if (!lead) throw DomainError.notFound('That organisation');
    const subject = await this.affiliations.subjectFor(actor, lead.id);
    if (!subject.organisationAdmin && !subject.platformAdmin)
      throw new DomainError(
        ErrorCode.Forbidden,
        'Only administrators of the lead organisation can create its partnerships.',
      );
    if (!canLead(lead.kind))
      throw DomainError.validation([
        {
          path: 'body.leadOrganisationId',
          message: 'A partnership is led by a training provider or a training school.',
        },
      ]);
    const slug = await this.dataSource.transaction(async (manager) => {
      const partnership = await manager.save(
        manager.create(PartnershipEntity, {
          name: request.name,
          slug: await freeSlug(manager, 'partnerships', request.name),
          model: request.model,
          description: request.description || null,
          leadOrganisationId: lead.id,
        }),
      );
      await manager.insert(PartnershipMemberEntity, { partnershipId: partnership.id, organisationId: lead.id });
      // The partnership space: hidden, its members following the partners' current staff.
      await this.communities.insert(
        {
          name: request.name,
          type: 'partnership',
          visibility: 'hidden',
          description: request.description || null,
          tools: PARTNERSHIP_COMMUNITY_TOOLS,
          partnershipId: partnership.id,
          facilitatorId: null,
        },
        manager,
      );
      await this.changed(manager, partnership.id, 'partnership.created', actor, client);
      return partnership.slug;
    });
    return this.detail(slug, actor);
  }

  async addMember(slug: string, organisationId: string, actor: Actor, client: ClientInfo): Promise<PartnershipDetail> {
    const context = await this.access.resolve(slug, actor);
    requireAbility(partnershipPolicy, 'manage', context.subject);
    if (!(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: organisationId })))
      throw DomainError.notFound('That organisation');
    await this.dataSource.transaction(async (manager) => {
      await this.partnerships.addMember(context.partnership.id, organisationId, manager);
      await this.changed(manager, context.partnership.id, 'partnership.member_added', actor, client, {
        organisationId,
      });
    });
    return this.detail(slug, actor);
  }

  async removeMember(
    slug: string,
    organisationId: string,
    actor: Actor,
    client: ClientInfo,
  ): Promise<PartnershipDetail> {
    const context = await this.access.resolve(slug, actor);
    requireAbility(partnershipPolicy, 'manage', context.subject);
    if (organisationId === context.partnership.leadOrganisationId)
      throw new DomainError(ErrorCode.Conflict, 'The lead organisation cannot leave its own partnership.');
    await this.dataSource.transaction(async (manager) => {
      const left = await this.partnerships.markLeft(context.partnership.id, organisationId, manager);
      if (!left) throw DomainError.notFound('That member organisation');
      await this.changed(manager, context.partnership.id, 'partnership.member_removed', actor, client, {
        organisationId,
      });
    });
    return this.detail(slug, actor);
  }

  private async changed(
    manager: EntityManager,
    partnershipId: string,
    action: string,
    actor: Actor,
    client: ClientInfo,
    metadata: Record<string, unknown> = {},
  ): Promise<void> {
    await this.outbox.record(manager, 'partnership.changed', { partnershipId });
    await this.audit.record(
      { action, actorUserId: actor.userId, client, metadata: { partnershipId, ...metadata } },
      manager,
    );
  }

  private async describe(context: PartnershipContext): Promise<PartnershipDetail> {
    const { id, leadOrganisationId } = context.partnership;
    const [summary, members, spaceSlug] = await Promise.all([
      this.partnerships.findSummary(id),
      this.partnerships.members(id, leadOrganisationId),
      this.partnerships.spaceSlug(id),
    ]);
    const refs = new Map(members.map((m) => [m.id, { id: m.id, slug: m.slug, name: m.name, kind: m.kind }]));
    return {
      ...toSummary(summary!),
      members: members.map((m) => ({
        organisation: refs.get(m.id)!,
        lead: m.id === context.partnership.leadOrganisationId,
        joinedAt: new Date(m.joined_at).toISOString(),
      })),
      communitySlug: partnershipPolicy.enterSpace(context.subject) ? spaceSlug : null,
      viewer: {
        isMember: context.subject.member,
        canManage: partnershipPolicy.manage(context.subject),
        canAgreeFor: [...context.subject.administeredMembers].flatMap((id) => refs.get(id) ?? []),
      },
    };
  }
}

function toSummary(row: PartnershipSummaryRow): PartnershipSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    model: row.model,
    description: row.description,
    lead: { id: row.lead_id, slug: row.lead_slug, name: row.lead_name, kind: row.lead_kind },
    memberCount: Number(row.member_count),
  };
}
