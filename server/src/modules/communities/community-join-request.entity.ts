import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { CommunityEntity } from './community.entity';

/** A request to join a request-to-join community, decided by a facilitator. */
@Entity({ name: 'community_join_requests' })
@Index('ix_community_join_requests_community_id_status', ['communityId', 'status'])
// One pending request per person and community; created by hand (a partial unique index).
@Index('uq_community_join_requests_pending', { synchronize: false })
@Check('ck_community_join_requests_status', `status IN ('pending', 'approved', 'declined', 'withdrawn')`)
export class CommunityJoinRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_community_join_requests' })
  id: string;

  @Column({ type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'fk_community_join_requests_community_id' })
  community?: CommunityEntity;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_community_join_requests_user_id' })
  user?: UserEntity;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: 'pending' | 'approved' | 'declined' | 'withdrawn';

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
