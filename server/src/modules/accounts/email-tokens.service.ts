import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@commonroom/contracts';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { hashToken, newSecureToken } from '../../infrastructure/security/secure-token';
import { EmailTokenEntity, type EmailTokenPurpose } from './email-token.entity';

const LIFETIME_MINUTES: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60,
  change_email: 24 * 60,
  reset_password: 60,
};

/** Single-use, expiring links sent by email. Issuing a new one cancels older ones of its kind. */
@Injectable()
export class EmailTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(userId: string, purpose: EmailTokenPurpose, options: { newEmail?: string; manager?: EntityManager } = {}): Promise<string> {
    const manager = options.manager ?? this.dataSource.manager;
    await manager.update(EmailTokenEntity, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    const { token, hash } = newSecureToken();
    await manager.insert(EmailTokenEntity, {
      userId,
      purpose,
      tokenHash: hash,
      newEmail: options.newEmail ?? null,
      expiresAt: new Date(Date.now() + LIFETIME_MINUTES[purpose] * 60_000),
    });
    return token;
  }

  /** Uses a token exactly once (atomic), or says the link is invalid. */
  async consume(token: string, purpose: EmailTokenPurpose, manager: EntityManager = this.dataSource.manager): Promise<EmailTokenEntity> {
    const rows = returningRows<{ id: string; user_id: string; new_email: string | null }>(await manager.query(
      `UPDATE email_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id, new_email`,
      [hashToken(token), purpose],
    ));
    const row = rows[0];
    if (!row) throw new DomainError(ErrorCode.TokenInvalid);
    return Object.assign(new EmailTokenEntity(), { id: row.id, userId: row.user_id, newEmail: row.new_email, purpose });
  }
}
