import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../accounts';
import { OrganisationEntity } from '../organisations';
import { AgreementVersionEntity } from './agreement-version.entity';

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
    {
      name: 'agreement_id',
      referencedColumnName: 'agreementId',
      foreignKeyConstraintName: 'fk_agreement_acceptances_version',
    },
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
