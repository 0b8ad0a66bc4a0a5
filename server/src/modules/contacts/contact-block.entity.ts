import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../accounts';

/** A person who may never send this user a contact request again. The blocked person is not told. */
@Entity({ name: 'contact_blocks' })
export class ContactBlockEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_contact_blocks' })
  userId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_contact_blocks' })
  blockedUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_contact_blocks_user_id' })
  user?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocked_user_id', foreignKeyConstraintName: 'fk_contact_blocks_blocked_user_id' })
  blockedUser?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;
}
