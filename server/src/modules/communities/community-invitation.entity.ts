import type { CommunityRole } from '@commonroom/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { CommunityEntity } from './community.entity';

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
