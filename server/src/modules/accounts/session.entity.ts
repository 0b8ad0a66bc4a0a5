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

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a
 * database leak does not hand out sessions.
 */
@Entity({ name: 'sessions' })
@Unique('uq_sessions_token_hash', ['tokenHash'])
@Index('ix_sessions_user_id', ['userId'])
@Check('ck_sessions_sign_in_method', `sign_in_method IN ('password', 'oidc')`)
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sessions' })
  id: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  signInMethod: 'password' | 'oidc';

  /** Password was right; the TOTP code is still to come. Such a session grants nothing else. */
  @Column({ type: 'boolean', default: false })
  secondFactorPending: boolean;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Absolute expiry; idle expiry is computed from lastSeenAt. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
