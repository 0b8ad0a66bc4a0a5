import {
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

/** A sign-in method from an OpenID Connect provider, linked to one account. */
@Entity({ name: 'user_identities' })
@Unique('uq_user_identities_provider_subject', ['provider', 'subject'])
@Index('ix_user_identities_user_id', ['userId'])
export class UserIdentityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_identities' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_identities_user_id' })
  user?: UserEntity;

  /** Our id for the configured provider, e.g. "entra". */
  @Column({ type: 'text' })
  provider: string;

  /** The provider's stable subject identifier (`sub`). */
  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
