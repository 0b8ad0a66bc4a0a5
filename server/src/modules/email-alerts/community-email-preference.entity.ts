import type { EmailMode } from '@commonroom/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';
import { CommunityEntity } from '../communities';
import { EMAIL_MODE_CHECK } from './email-preference.entity';

/** A person's mode for one community, overriding their default. */
@Entity({ name: 'community_email_preferences' })
@Check('ck_community_email_preferences_mode', EMAIL_MODE_CHECK('mode'))
export class CommunityEmailPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_community_email_preferences' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_community_email_preferences' })
  communityId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_community_email_preferences_user_id' })
  user?: UserEntity;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id', foreignKeyConstraintName: 'fk_community_email_preferences_community_id' })
  community?: CommunityEntity;

  @Column({ type: 'varchar', length: 12 })
  mode: EmailMode;
}
