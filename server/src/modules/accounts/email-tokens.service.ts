import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { hashToken, newSecureToken } from '../../infrastructure/security/secure-token';
import type { EmailTokenEntity, EmailTokenPurpose } from './email-token.entity';
import { EmailTokensRepository } from './email-tokens.repository';

const LIFETIME_MINUTES: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60,
  change_email: 24 * 60,
  reset_password: 60,
};

/** Single-use, expiring links sent by email. Issuing a new one cancels older ones of its kind. */
@Injectable()
export class EmailTokensService {
  constructor(private readonly tokens: EmailTokensRepository) {}

  async issue(
    userId: string,
    purpose: EmailTokenPurpose,
    options: { newEmail?: string; manager?: EntityManager } = {},
  ): Promise<string> {
    const { token, hash } = newSecureToken();
    const expiresAt = new Date(Date.now() + LIFETIME_MINUTES[purpose] * 60_000);
    const newEmail = options.newEmail ?? null;
    await this.tokens.replaceOpen({ userId, purpose, tokenHash: hash, newEmail, expiresAt }, options.manager);
    return token;
  }

  /** Uses a token exactly once (atomic), or says the link is invalid. */
  async consume(token: string, purpose: EmailTokenPurpose, manager?: EntityManager): Promise<EmailTokenEntity> {
    const used = await this.tokens.consume(hashToken(token), purpose, manager);
    if (!used) throw new DomainError(ErrorCode.TokenInvalid);
    return used;
  }
}
