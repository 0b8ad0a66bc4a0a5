import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReceivedContactRequest, SentContactRequest, SharedContact } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import type { ContactRequestStatus } from './contact-request.entity';

/** One request with both people's names, as every read below selects it. */
interface RequestRow {
  id: string;
  sender_id: string;
  sender_name: string;
  recipient_id: string;
  recipient_name: string;
  message: string;
  status: ContactRequestStatus;
  shared_contact: SharedContact | null;
  created_at: Date;
  decided_at: Date | null;
  sender_blocked: boolean;
}

/**
 * SQL: the sender may send the recipient a new request. Not when blocked, not while one is
 * pending, and not within the retry window after a decline, counted from the send so the sender
 * cannot learn when it was declined. One rule for sending and for the profile page's "Ask to get
 * in touch".
 */
const MAY_ASK = (sender: string, recipient: string, retryDays: string) => `(
  NOT EXISTS (SELECT 1 FROM contact_blocks b WHERE b.user_id = ${recipient} AND b.blocked_user_id = ${sender})
  AND NOT EXISTS (SELECT 1 FROM contact_requests d WHERE d.sender_id = ${sender} AND d.recipient_id = ${recipient}
                    AND (d.status = 'pending' OR (d.status = 'declined' AND d.created_at > now() - make_interval(days => ${retryDays})))))`;

const SELECT_REQUEST = `
  SELECT r.id, r.sender_id, s.display_name AS sender_name, r.recipient_id, t.display_name AS recipient_name,
         r.message, r.status, r.shared_contact, r.created_at, r.decided_at,
         EXISTS (SELECT 1 FROM contact_blocks b WHERE b.user_id = r.recipient_id AND b.blocked_user_id = r.sender_id) AS sender_blocked
    FROM contact_requests r
    JOIN people s ON s.id = r.sender_id
    JOIN people t ON t.id = r.recipient_id`;

/** The request as its recipient sees it: everything, for their own record. */
function toReceived(row: RequestRow): ReceivedContactRequest {
  return {
    id: row.id,
    from: { userId: row.sender_id, displayName: row.sender_name },
    message: row.message,
    status: row.status,
    sharedContact: row.shared_contact,
    senderBlocked: row.sender_blocked,
    sentAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
  };
}

/** The request as its sender sees it: a decline is silent, so it is reported as still pending. */
function toSent(row: RequestRow): SentContactRequest {
  const accepted = row.status === 'accepted';
  return {
    id: row.id,
    to: { userId: row.recipient_id, displayName: row.recipient_name },
    message: row.message,
    status: accepted ? 'accepted' : 'pending',
    sharedContact: accepted ? row.shared_contact : null,
    sentAt: row.created_at.toISOString(),
    acceptedAt: accepted ? (row.decided_at?.toISOString() ?? null) : null,
  };
}

/** Contact requests and blocks. Refusals that must look alike are decided in single statements here. */
@Injectable()
export class ContactRequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts a pending request when the pair may take one (`MAY_ASK`); the partial unique index
   * `uq_contact_requests_pending_pair` settles a race between two sends. Answers false for a
   * block, a pending request and a recent decline alike.
   */
  async insertPending(
    manager: EntityManager,
    request: { id: string; senderId: string; recipientId: string; message: string },
    retryAfterDays: number,
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO contact_requests (id, sender_id, recipient_id, message)
       SELECT $1, $2, $3, $4 WHERE ${MAY_ASK('$2', '$3', '$5')}
       ON CONFLICT (sender_id, recipient_id) WHERE status = 'pending' DO NOTHING
       RETURNING id`,
      [request.id, request.senderId, request.recipientId, request.message, retryAfterDays],
    );
    return inserted.length > 0;
  }

  /**
   * Whether the sender may ask now (the same rule as `insertPending`) and their latest request, as they may know it.
   */
  async standing(
    senderId: string,
    recipientId: string,
    retryAfterDays: number,
  ): Promise<{ mayAsk: boolean; latest: RequestRow | null }> {
    const [row]: { may_ask: boolean; latest: string | null }[] = await this.dataSource.query(
      `SELECT ${MAY_ASK('$1', '$2', '$3')} AS may_ask, (SELECT r.id FROM contact_requests r WHERE r.sender_id = $1 AND r.recipient_id = $2 ORDER BY r.created_at DESC LIMIT 1) AS latest`,
      [senderId, recipientId, retryAfterDays],
    );
    return { mayAsk: row!.may_ask, latest: row!.latest ? await this.findById(row!.latest) : null };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RequestRow | null> {
    const rows: RequestRow[] = await manager.query(`${SELECT_REQUEST} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async sentView(id: string, manager?: EntityManager): Promise<SentContactRequest | null> {
    const row = await this.findById(id, manager);
    return row && toSent(row);
  }

  async receivedView(id: string, recipientId: string, manager?: EntityManager): Promise<ReceivedContactRequest | null> {
    const row = await this.findById(id, manager);
    return row && row.recipient_id === recipientId ? toReceived(row) : null;
  }

  async listReceived(recipientId: string): Promise<ReceivedContactRequest[]> {
    const rows: RequestRow[] = await this.dataSource.query(
      `${SELECT_REQUEST} WHERE r.recipient_id = $1 ORDER BY r.created_at DESC, r.id`,
      [recipientId],
    );
    return rows.map(toReceived);
  }

  async listSent(senderId: string): Promise<SentContactRequest[]> {
    const rows: RequestRow[] = await this.dataSource.query(
      `${SELECT_REQUEST} WHERE r.sender_id = $1 ORDER BY r.created_at DESC, r.id`,
      [senderId],
    );
    return rows.map(toSent);
  }

  /** The sender's latest request to this person, as the sender may know it (for the profile page). */
  /** Moves a pending request the recipient received to its answer; null when there was none to answer. */
  async decide(
    manager: EntityManager,
    id: string,
    recipientId: string,
    decision: { status: 'accepted'; sharedContact: SharedContact } | { status: 'declined' },
  ): Promise<{ sender_id: string } | null> {
    const sharedContact = decision.status === 'accepted' ? JSON.stringify(decision.sharedContact) : null;
    const rows = returningRows<{ sender_id: string }>(
      await manager.query(
        `UPDATE contact_requests SET status = $3, shared_contact = $4::jsonb, decided_at = now()
          WHERE id = $1 AND recipient_id = $2 AND status = 'pending'
          RETURNING sender_id`,
        [id, recipientId, decision.status, sharedContact],
      ),
    );
    return rows[0] ?? null;
  }

  /** `requestId` is the request declined with the block; null for a block from a profile. */
  async block(manager: EntityManager, userId: string, blockedUserId: string, requestId: string | null): Promise<void> {
    await manager.query(
      'INSERT INTO contact_blocks (user_id, blocked_user_id, request_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [userId, blockedUserId, requestId],
    );
  }

  async unblock(userId: string, blockedUserId: string): Promise<boolean> {
    const rows = returningRows(
      await this.dataSource.query(
        'DELETE FROM contact_blocks WHERE user_id = $1 AND blocked_user_id = $2 RETURNING user_id',
        [userId, blockedUserId],
      ),
    );
    return rows.length > 0;
  }

  async listBlocks(userId: string): Promise<{ id: string; displayName: string }[]> {
    return this.dataSource.query(
      `SELECT u.id, u.display_name AS "displayName" FROM contact_blocks b JOIN people u ON u.id = b.blocked_user_id
        WHERE b.user_id = $1 ORDER BY b.created_at DESC`,
      [userId],
    );
  }

  /** The contact routes a person could share: their contact email or sign-in address, and their phone. */
  async contactRoutes(userId: string, manager: EntityManager): Promise<{ email: string; phone: string | null }> {
    const rows: { email: string; phone: string | null }[] = await manager.query(
      `SELECT COALESCE(NULLIF(p.contact_email, ''), u.email) AS email, NULLIF(p.contact_phone, '') AS phone
         FROM people u LEFT JOIN profile_contact_details p ON p.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? { email: '', phone: null };
  }

  async signInAddress(userId: string): Promise<string | null> {
    const rows: { email: string }[] = await this.dataSource.query('SELECT email FROM people WHERE id = $1', [userId]);
    return rows[0]?.email ?? null;
  }

  async userExists(userId: string): Promise<boolean> {
    return (await this.signInAddress(userId)) !== null;
  }
}
