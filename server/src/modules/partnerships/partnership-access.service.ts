import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { isPlatformAdmin } from '../../infrastructure/auth/policy';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { administeredOrganisationIds } from '../organisations';
import { PartnershipEntity } from './partnership.entity';
import type { PartnershipSubject } from './partnership.policy';

export interface PartnershipContext {
  partnership: PartnershipEntity;
  subject: PartnershipSubject;
}

/** Resolves a partnership and how the viewer stands towards it, for the partnership policy. */
@Injectable()
export class PartnershipAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(slug: string, actor: Actor | undefined): Promise<PartnershipContext> {
    const partnership = await this.dataSource.getRepository(PartnershipEntity).findOneBy({ slug });
    if (!partnership) throw DomainError.notFound('That partnership');
    if (!actor) return { partnership, subject: { signedIn: false, platformAdmin: false, leadAdmin: false, member: false, administeredMembers: new Set() } };
    const memberRows: { organisation_id: string }[] = await this.dataSource.query(
      'SELECT organisation_id FROM partnership_members WHERE partnership_id = $1 AND left_at IS NULL',
      [partnership.id],
    );
    const memberIds = memberRows.map((r) => r.organisation_id);
    const [administered, affiliated] = await Promise.all([
      administeredOrganisationIds(this.dataSource.manager, actor.userId, memberIds),
      this.dataSource.query(`SELECT 1 FROM verified_affiliations a WHERE a.user_id = $1 AND a.organisation_id = ANY($2) AND a.current LIMIT 1`, [actor.userId, memberIds]) as Promise<unknown[]>,
    ]);
    return {
      partnership,
      subject: {
        signedIn: true,
        platformAdmin: isPlatformAdmin(actor),
        leadAdmin: administered.has(partnership.leadOrganisationId),
        member: affiliated.length > 0,
        administeredMembers: administered,
      },
    };
  }
}
