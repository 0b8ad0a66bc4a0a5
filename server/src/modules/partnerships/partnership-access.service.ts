import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { administeredOrganisationIds } from '../organisations';
import { PartnershipEntity } from './partnership.entity';
import type { PartnershipSubject } from './partnership.policy';
import { PartnershipsRepository } from './partnerships.repository';

export interface PartnershipContext {
  partnership: PartnershipEntity;
  subject: PartnershipSubject;
}

/** Resolves a partnership and how the viewer stands towards it, for the partnership policy. */
@Injectable()
export class PartnershipAccessService {
  constructor(
    private readonly partnerships: PartnershipsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async resolve(slug: string, actor: Actor | undefined): Promise<PartnershipContext> {
    const partnership = await this.dataSource.getRepository(PartnershipEntity).findOneBy({ slug });
    if (!partnership) throw DomainError.notFound('That partnership');
    if (!actor)
      return {
        partnership,
        subject: {
          signedIn: false,
          platformAdmin: false,
          leadAdmin: false,
          member: false,
          administeredMembers: new Set(),
        },
      };
    const memberIds = await this.partnerships.memberOrganisationIds(partnership.id);
    const [administered, affiliated] = await Promise.all([
      administeredOrganisationIds(this.dataSource.manager, actor.userId, memberIds),
      this.partnerships.isAffiliatedToAny(actor.userId, memberIds),
    ]);
    return {
      partnership,
      subject: {
        signedIn: true,
        platformAdmin: isPlatformAdmin(actor),
        leadAdmin: administered.has(partnership.leadOrganisationId),
        member: affiliated,
        administeredMembers: administered,
      },
    };
  }
}
