import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationRef } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementAcceptanceEntity } from './agreement-acceptance.entity';

export interface AgreementVersionRow {
  agreement_id: string;
  version: number;
  body: string;
  change_note: string | null;
  published_at: Date;
  published_by: string;
}

export interface AgreementAcceptanceRow extends OrganisationRef {
  agreement_id: string;
  version: number;
  agreed_by: string;
  agreed_at: Date;
}

/** Agreement versions (never edited in place) and who agreed to which; writes join the caller's transaction. */
@Injectable()
export class AgreementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest version, read in the caller's transaction (which holds the agreement's lock). */
  async latestVersion(agreementId: string, manager: EntityManager): Promise<{ version: number; body: string } | null> {
    const rows: { version: number; body: string }[] = await manager.query(
      'SELECT version, body FROM agreement_versions WHERE agreement_id = $1 ORDER BY version DESC LIMIT 1',
      [agreementId],
    );
    return rows[0] ? { version: Number(rows[0].version), body: rows[0].body } : null;
  }

  /** The current version number of the partnership's agreement; null when it has no such agreement. */
  async currentVersion(agreementId: string, partnershipId: string): Promise<number | null> {
    const rows: { max: number | null }[] = await this.dataSource.query(
      `SELECT max(v.version) AS max FROM agreement_versions v JOIN partnership_agreements a ON a.id = v.agreement_id
        WHERE a.id = $1 AND a.partnership_id = $2`,
      [agreementId, partnershipId],
    );
    const max = rows[0]?.max;
    return max === null || max === undefined ? null : Number(max);
  }

  /** Records an organisation's agreement to a version; agreeing twice changes nothing. */
  async recordAcceptance(
    acceptance: Pick<AgreementAcceptanceEntity, 'agreementId' | 'version' | 'organisationId' | 'agreedByUserId'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(AgreementAcceptanceEntity).values(acceptance).orIgnore().execute();
  }

  /** Every version of these agreements, newest first, with the publisher's name. */
  versionsOf(agreementIds: string[]): Promise<AgreementVersionRow[]> {
    return this.dataSource.query(
      `SELECT v.agreement_id, v.version, v.body, v.change_note, v.published_at, u.display_name AS published_by
         FROM agreement_versions v JOIN people u ON u.id = v.published_by_user_id
        WHERE v.agreement_id = ANY($1) ORDER BY v.version DESC`,
      [agreementIds],
    );
  }

  /** Every acceptance of these agreements, oldest first, with who agreed and for which organisation. */
  acceptancesOf(agreementIds: string[]): Promise<AgreementAcceptanceRow[]> {
    return this.dataSource.query(
      `SELECT x.agreement_id, x.version, x.agreed_at, u.display_name AS agreed_by, o.id, o.slug, o.name, o.kind
         FROM agreement_acceptances x
         JOIN people u ON u.id = x.agreed_by_user_id
         JOIN organisation_directory o ON o.id = x.organisation_id
        WHERE x.agreement_id = ANY($1) ORDER BY x.agreed_at`,
      [agreementIds],
    );
  }
}
