import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
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
