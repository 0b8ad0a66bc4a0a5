import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from './partnership.entity';

/** A partnership agreement: a living document whose versions are all kept. */
@Entity({ name: 'partnership_agreements' })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partnership_agreements' })
  id: string;

  @Column({ type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_partnership_agreements_partnership_id' })
  partnership?: PartnershipEntity;

  @Column({ type: 'text' })
  title: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One published version of an agreement. Versions are never edited; a change is a new version. */
@Entity({ name: 'agreement_versions' })
export class AgreementVersionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_agreement_versions' })
  agreementId: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_agreement_versions' })
  version: number;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_agreement_versions_agreement_id' })
  agreement?: AgreementEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', nullable: true })
  changeNote: string | null;

  @Column({ type: 'uuid' })
  publishedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by_user_id', foreignKeyConstraintName: 'fk_agreement_versions_published_by_user_id' })
  publishedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}

/** A member organisation's agreement to one version, by one of its administrators. */
@Entity({ name: 'agreement_acceptances' })
@Unique('uq_agreement_acceptances_version_organisation', ['agreementId', 'version', 'organisationId'])
export class AgreementAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_agreement_acceptances' })
  id: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @Column({ type: 'int' })
  version: number;

  @ManyToOne(() => AgreementVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'agreement_id', referencedColumnName: 'agreementId', foreignKeyConstraintName: 'fk_agreement_acceptances_version' },
    { name: 'version', referencedColumnName: 'version', foreignKeyConstraintName: 'fk_agreement_acceptances_version' },
  ])
  agreementVersion?: AgreementVersionEntity;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_agreement_acceptances_organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'uuid' })
  agreedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreed_by_user_id', foreignKeyConstraintName: 'fk_agreement_acceptances_agreed_by_user_id' })
  agreedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  agreedAt: Date;
}
