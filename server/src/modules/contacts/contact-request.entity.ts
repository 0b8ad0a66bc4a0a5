import type { SharedContact } from '@commonroom/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts';

export const CONTACT_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/**
 * One person asking another for a way to get in touch. Nothing about the recipient is revealed
 * until they accept, and then only the contact route they chose (`shared_contact`, a snapshot).
 * A decline is silent: the sender keeps seeing "pending". Rows are never deleted, so the
 * recipient can always see who asked them and when.
 */
@Entity({ name: 'contact_requests' })
@Index('ix_contact_requests_recipient_id_created_at', ['recipientId', 'createdAt'])
@Index('ix_contact_requests_sender_id_created_at', ['senderId', 'createdAt'])
// At most one pending request per pair (partial unique index, created by hand in the migration).
@Index('uq_contact_requests_pending_pair', { synchronize: false })
@Check('ck_contact_requests_status', `status IN (${CONTACT_REQUEST_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_contact_requests_not_self', `sender_id <> recipient_id`)
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_contact_requests' })
  id: string;

  @Column({ type: 'uuid' })
  senderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id', foreignKeyConstraintName: 'fk_contact_requests_sender_id' })
  sender?: UserEntity;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_contact_requests_recipient_id' })
  recipient?: UserEntity;

  @Column({ type: 'varchar', length: 500 })
  message: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ContactRequestStatus;

  @Column({ type: 'jsonb', nullable: true })
  sharedContact: SharedContact | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
