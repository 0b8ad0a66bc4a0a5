import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { CommunityEntity } from '../communities';

/** A file a person uploaded. The bytes live in storage under `storageKey`; this row is the truth about them. */
@Entity({ name: 'uploads' })
@Index('ix_uploads_owner_id', ['ownerId'])
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_uploads' })
  id: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_uploads_owner_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Detected from the file's bytes. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  /**
   * The community of the first post that showed the file, recorded when its owner first posts it
   * and never changed: readers of that community may read the file (while a post still shows it),
   * wherever else it is shown later. Null until then: only the owner may read it.
   */
  @Column({ type: 'uuid', nullable: true })
  firstCommunityId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'first_community_id', foreignKeyConstraintName: 'fk_uploads_first_community_id' })
  firstCommunity?: CommunityEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
