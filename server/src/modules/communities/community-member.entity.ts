import type { CommunityRole } from '@commonroom/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { CommunityEntity } from './community.entity';

/** A direct membership (joined, approved or invited). Partnership members through affiliations are not stored here. */
@Entity({ name: 'community_members' })
@Index('ix_community_members_user_id', ['userId'])
@Check('ck_community_members_role', `role IN ('facilitator', 'member')`)
export class CommunityMemberEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_community_members' })
  communityId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_community_members' })
  userId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'fk_community_members_community_id' })
  community?: CommunityEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_community_members_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  role: CommunityRole;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;
}

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

/** An emailed invitation; the link's token is stored only as a hash. */
@Entity({ name: 'community_invitations' })
@Index('ix_community_invitations_community_id', ['communityId'])
@Index('ix_community_invitations_token_hash', ['tokenHash'], { unique: true })
@Check('ck_community_invitations_role', `role IN ('facilitator', 'member')`)
export class CommunityInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_community_invitations' })
  id: string;

  @Column({ type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'fk_community_invitations_community_id' })
  community?: CommunityEntity;

  /** Lower-cased address the invitation was sent to. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: CommunityRole;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_user_id', foreignKeyConstraintName: 'fk_community_invitations_invited_by_user_id' })
  invitedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
