import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type Agreement,
  type AgreementList,
  type CreateAgreementRequest,
  type NewAgreementVersionRequest,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { requireAbility } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { AuditService } from '../audit';
import { AgreementVersionEntity } from './agreement-version.entity';
import { AgreementEntity } from './agreement.entity';
import { AgreementsRepository } from './agreements.repository';
import { PartnershipAccessService, type PartnershipContext } from './partnership-access.service';
import { partnershipPolicy } from './partnership.policy';

/**
 * Partnership agreements as living documents: the lead publishes versions (never edited in
 * place), and each member organisation's administrator agrees to a version, recorded with who and when.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly access: PartnershipAccessService,
    private readonly agreements: AgreementsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(slug: string, actor: Actor): Promise<AgreementList> {
    const context = await this.access.resolve(slug, actor);
    requireAbility(
      partnershipPolicy,
      'readAgreements',
      context.subject,
      'Agreements are for the people of the partnership’s member organisations.',
    );
    return { items: await this.load(context.partnership.id) };
  }

  async create(slug: string, request: CreateAgreementRequest, actor: Actor, client: ClientInfo): Promise<Agreement> {
    const context = await this.managed(slug, actor);
    const id = await this.dataSource.transaction(async (manager) => {
      const agreement = await manager.save(
        manager.create(AgreementEntity, { partnershipId: context.partnership.id, title: request.title }),
      );
      await this.publish(manager, agreement.id, 1, request.body, null, actor, client, context);
      return agreement.id;
    });
    return this.one(context.partnership.id, id);
  }

  async newVersion(
    slug: string,
    agreementId: string,
    request: NewAgreementVersionRequest,
    actor: Actor,
    client: ClientInfo,
  ): Promise<Agreement> {
    const context = await this.managed(slug, actor);
    await this.dataSource.transaction(async (manager) => {
      // Lock the agreement so two editors cannot both publish version N+1.
      const agreement = await manager.findOne(AgreementEntity, {
        where: { id: agreementId, partnershipId: context.partnership.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!agreement) throw DomainError.notFound('That agreement');
      const latest = await this.agreements.latestVersion(agreementId, manager);
      if (latest?.body === request.body) {
        const message = 'This is the same as the current version. Change the text to publish a new version.';
        throw DomainError.validation([{ path: 'body.body', message }]);
      }
      const next = (latest?.version ?? 0) + 1;
      await this.publish(manager, agreementId, next, request.body, request.changeNote || null, actor, client, context);
    });
    return this.one(context.partnership.id, agreementId);
  }

  async agree(
    slug: string,
    agreementId: string,
    version: number,
    organisationId: string,
    actor: Actor,
    client: ClientInfo,
  ): Promise<Agreement> {
    const context = await this.access.resolve(slug, actor);
    requireAbility(partnershipPolicy, 'readAgreements', context.subject);
    if (!context.subject.administeredMembers.has(organisationId))
      throw new DomainError(
        ErrorCode.Forbidden,
        'Only an administrator of that member organisation can agree on its behalf.',
      );
    const current = await this.agreements.currentVersion(agreementId, context.partnership.id);
    if (current === null) throw DomainError.notFound('That agreement');
    if (current !== version) {
      const message = 'A newer version of this agreement has been published. Please read it before agreeing.';
      throw new DomainError(ErrorCode.Conflict, message);
    }
    await this.dataSource.transaction(async (manager) => {
      const acceptance = { agreementId, version, organisationId, agreedByUserId: actor.userId };
      await this.agreements.recordAcceptance(acceptance, manager);
      await this.audit.record(
        {
          action: 'partnership.agreement_agreed',
          actorUserId: actor.userId,
          client,
          metadata: { partnershipId: context.partnership.id, agreementId, version, organisationId },
        },
        manager,
      );
    });
    return this.one(context.partnership.id, agreementId);
  }

  private async managed(slug: string, actor: Actor): Promise<PartnershipContext> {
    const context = await this.access.resolve(slug, actor);
    requireAbility(
      partnershipPolicy,
      'manage',
      context.subject,
      'Only administrators of the lead organisation can publish agreements.',
    );
    return context;
  }

  private async publish(
    manager: EntityManager,
    agreementId: string,
    version: number,
    body: string,
    changeNote: string | null,
    actor: Actor,
    client: ClientInfo,
    context: PartnershipContext,
  ): Promise<void> {
    await manager.insert(AgreementVersionEntity, {
      agreementId,
      version,
      body,
      changeNote,
      publishedByUserId: actor.userId,
    });
    await this.outbox.record(manager, 'partnership.changed', { partnershipId: context.partnership.id });
    await this.audit.record(
      {
        action: 'partnership.agreement_published',
        actorUserId: actor.userId,
        client,
        metadata: { partnershipId: context.partnership.id, agreementId, version },
      },
      manager,
    );
  }

  private async one(partnershipId: string, agreementId: string): Promise<Agreement> {
    const agreement = (await this.load(partnershipId)).find((a) => a.id === agreementId);
    if (!agreement) throw DomainError.notFound('That agreement');
    return agreement;
  }

  /** Every agreement of the partnership with all versions (newest first) and who agreed to each: three queries. */
  private async load(partnershipId: string): Promise<Agreement[]> {
    const agreements = await this.dataSource
      .getRepository(AgreementEntity)
      .find({ where: { partnershipId }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (agreements.length === 0) return [];
    const ids = agreements.map((a) => a.id);
    const [versions, acceptances] = await Promise.all([
      this.agreements.versionsOf(ids),
      this.agreements.acceptancesOf(ids),
    ]);
    return agreements.map((agreement) => {
      const own = versions.filter((v) => v.agreement_id === agreement.id);
      return {
        id: agreement.id,
        title: agreement.title,
        currentVersion: own[0]?.version ?? 1,
        versions: own.map((v) => ({
          version: v.version,
          body: v.body,
          changeNote: v.change_note,
          publishedAt: new Date(v.published_at).toISOString(),
          publishedBy: v.published_by,
          acceptances: acceptances
            .filter((x) => x.agreement_id === agreement.id && x.version === v.version)
            .map((x) => ({
              organisation: { id: x.id, slug: x.slug, name: x.name, kind: x.kind },
              agreedBy: x.agreed_by,
              agreedAt: new Date(x.agreed_at).toISOString(),
            })),
        })),
      };
    });
  }
}
