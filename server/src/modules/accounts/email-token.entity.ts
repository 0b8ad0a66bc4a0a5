import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from './user.entity';

export const EMAIL_TOKEN_PURPOSES = ['verify_email', 'reset_password', 'change_email'] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** A single-use, expiring link sent by email. Only the token's SHA-256 is stored. */
@Entity({ name: 'email_tokens' })
@Unique('uq_email_tokens_token_hash', ['tokenHash'])
@Index('ix_email_tokens_user_id_purpose', ['userId', 'purpose'])
@Check('ck_email_tokens_purpose', `purpose IN (${EMAIL_TOKEN_PURPOSES.map((p) => `'${p}'`).join(', ')})`)
export class EmailTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_email_tokens' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_tokens_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  purpose: EmailTokenPurpose;

  @Column({ type: 'text' })
  tokenHash: string;

  /** For change_email: the address being confirmed. */
  @Column({ type: 'text', nullable: true })
  newEmail: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
