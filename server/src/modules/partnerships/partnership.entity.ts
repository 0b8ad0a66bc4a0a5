import type { PartnershipModel } from '@commonroom/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations';

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
