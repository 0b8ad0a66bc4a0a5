import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const PLATFORM_ROLES = ['member', 'admin', 'safeguarding_reviewer'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/**
 * A person's account. It belongs to the person, not to an employer: affiliations come and go,
 * the account stays. Email is stored lower-cased and is the only login name.
 */
@Entity({ name: 'users' })
@Unique('uq_users_email', ['email'])
@Check('ck_users_platform_role', `platform_role IN (${PLATFORM_ROLES.map((r) => `'${r}'`).join(', ')})`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'text' })
  displayName: string;

  /** argon2id PHC string; null for accounts that only sign in with OpenID Connect. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** TOTP secret, encrypted with the server's key (AES-256-GCM). */
  @Column({ type: 'text', nullable: true })
  totpSecretEncrypted: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last accepted TOTP time step: a code is never accepted twice. */
  @Column({ type: 'integer', nullable: true })
  totpLastTimeStep: number | null;

  @Column({ type: 'varchar', length: 32, default: 'member' })
  platformRole: PlatformRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
