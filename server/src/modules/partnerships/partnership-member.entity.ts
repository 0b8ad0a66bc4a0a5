import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations';
import { PartnershipEntity } from './partnership.entity';

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
