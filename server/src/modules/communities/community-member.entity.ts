import type { CommunityRole } from '@commonroom/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
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
