import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { AgreementEntity } from './agreement.entity';

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
