import type { PartnershipModel } from '@commonroom/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A provider's initial teacher training partnership with schools and other organisations. */
@Entity({ name: 'partnerships' })
@Unique('uq_partnerships_slug', ['slug'])
@Index('ix_partnerships_lead_organisation_id', ['leadOrganisationId'])
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partnerships' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'varchar', length: 40 })
  model: PartnershipModel;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid' })
  leadOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id', foreignKeyConstraintName: 'fk_partnerships_lead_organisation_id' })
  leadOrganisation?: OrganisationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An organisation's membership of a partnership; leaving sets `left_at`, keeping the history. */
@Entity({ name: 'partnership_members' })
@Index('ix_partnership_members_organisation_id', ['organisationId'])
// One current membership per organisation; created by hand (a partial unique index).
@Index('uq_partnership_members_current', { synchronize: false })
export class PartnershipMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partnership_members' })
  id: string;

  @Column({ type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'fk_partnership_members_partnership_id' })
  partnership?: PartnershipEntity;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_partnership_members_organisation_id' })
  organisation?: OrganisationEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
