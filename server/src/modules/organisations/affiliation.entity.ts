import type { AffiliationStatus, Role, VerificationMethod } from '@commonroom/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../accounts';
import { OrganisationEntity } from './organisation.entity';

/**
 * A person's dated link to an organisation in one role. The person owns it; the organisation's
 * admins (or a declared email domain) verify it. Only a *current* affiliation grants access:
 * see `CURRENT_AFFILIATION` for the one definition every query uses.
 */
@Entity({ name: 'affiliations' })
@Index('ix_affiliations_user_id', ['userId'])
@Index('ix_affiliations_organisation_id_status', ['organisationId', 'status'])
@Check('ck_affiliations_status', `status IN ('pending', 'verified', 'rejected')`)
@Check('ck_affiliations_dates', `ends_on IS NULL OR ends_on >= starts_on`)
export class AffiliationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_affiliations' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_affiliations_user_id' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_affiliations_organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 40 })
  role: Role;

  /** The organisation's own name for the job, e.g. "Professional tutor". */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'date' })
  startsOn: string;

  /** The first day the affiliation no longer applies; access through it ends at the start of this day. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: AffiliationStatus;

  @Column({ type: 'varchar', length: 24, nullable: true })
  verificationMethod: VerificationMethod | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The single SQL definition of a current affiliation (alias `a`): verified, started, not ended.
 * Ending an affiliation sets `ends_on` to today, so access through it stops at once.
 */
export const CURRENT_AFFILIATION = `a.status = 'verified' AND a.starts_on <= current_date AND (a.ends_on IS NULL OR a.ends_on > current_date)`;
