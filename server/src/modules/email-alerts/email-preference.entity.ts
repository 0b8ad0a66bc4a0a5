import type { EmailMode } from '@commonroom/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';

/** The SQL check shared by every column that holds an email mode. */
export const EMAIL_MODE_CHECK = (column: string) => `"${column}" IN ('immediately', 'daily', 'weekly', 'never')`;

/** A person's email choices. No row means the defaults (daily digest at 07:00, mentions and replies at once). */
@Entity({ name: 'email_preferences' })
@Check('ck_email_preferences_default_mode', EMAIL_MODE_CHECK('default_mode'))
@Check('ck_email_preferences_digest_hour', '"digest_hour" BETWEEN 0 AND 23')
@Check('ck_email_preferences_digest_weekday', '"digest_weekday" BETWEEN 1 AND 7')
@Check(
  'ck_email_preferences_quiet_hours',
  '("quiet_start" IS NULL) = ("quiet_end" IS NULL) AND COALESCE("quiet_start", 0) BETWEEN 0 AND 23 AND COALESCE("quiet_end", 0) BETWEEN 0 AND 23',
)
export class EmailPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_email_preferences' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_preferences_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 12, default: 'daily' })
  defaultMode: EmailMode;

  @Column({ type: 'smallint', default: 7 })
  digestHour: number;

  @Column({ type: 'smallint', default: 1 })
  digestWeekday: number;

  @Column({ type: 'smallint', nullable: true })
  quietStart: number | null;

  @Column({ type: 'smallint', nullable: true })
  quietEnd: number | null;

  @Column({ type: 'boolean', default: true })
  mentions: boolean;

  @Column({ type: 'boolean', default: true })
  replies: boolean;

  @Column({ type: 'boolean', default: false })
  allOff: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastDailyDigestAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastWeeklyDigestAt: Date | null;
}
