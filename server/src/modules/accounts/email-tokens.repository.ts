import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { EmailTokenEntity, type EmailTokenPurpose } from './email-token.entity';

export type NewEmailToken = Pick<EmailTokenEntity, 'userId' | 'purpose' | 'tokenHash' | 'newEmail' | 'expiresAt'>;

/** The single-use email links; every method can join the caller's transaction. */
@Injectable()
export class EmailTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cancels the person's unused links of this purpose and stores the new one. */
  async replaceOpen(token: NewEmailToken, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const open = { userId: token.userId, purpose: token.purpose, usedAt: IsNull() };
    await manager.update(EmailTokenEntity, open, { usedAt: new Date() });
    await manager.insert(EmailTokenEntity, token);
  }

  /** Marks an unused, unexpired link used (atomic, so only one caller wins); null when there is none. */
  async consume(
    tokenHash: string,
    purpose: EmailTokenPurpose,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EmailTokenEntity | null> {
    const rows = returningRows<{ id: string; user_id: string; new_email: string | null }>(
      await manager.query(
        `UPDATE email_tokens SET used_at = now()
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
          RETURNING id, user_id, new_email`,
        [tokenHash, purpose],
      ),
    );
    const row = rows[0];
    if (!row) return null;
    return Object.assign(new EmailTokenEntity(), { id: row.id, userId: row.user_id, newEmail: row.new_email, purpose });
  }
}
