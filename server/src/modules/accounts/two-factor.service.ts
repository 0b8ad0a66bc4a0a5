import { Injectable } from '@nestjs/common';
import { ErrorCode, type RecoveryCodes, type TotpSetup } from '@commonroom/contracts';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { SecretBox } from '../../infrastructure/security/secret-box';
import { hashToken } from '../../infrastructure/security/secure-token';
import type { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no look-alikes (0/o, 1/l/i)

/** TOTP (RFC 6238) with encrypted secrets, replay protection and single-use recovery codes. */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly users: UsersRepository,
    private readonly box: SecretBox,
  ) {}

  /** Starts enrolment: a new secret, kept until a code from it is confirmed. */
  async setup(user: UserEntity): Promise<TotpSetup> {
    const secret = generateSecret();
    await this.users.update(user.id, {
      totpSecretEncrypted: this.box.seal(secret),
      totpEnabledAt: null,
      totpLastTimeStep: null,
    });
    const otpauthUrl = generateURI({ issuer: 'Commonroom', label: user.email, secret });
    return { secret, otpauthUrl, qrSvg: await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 }) };
  }

  /** Finishes enrolment with a code from the app; returns fresh recovery codes (shown once). */
  async enable(user: UserEntity, code: string): Promise<RecoveryCodes> {
    if (!user.totpSecretEncrypted || user.totpEnabledAt)
      throw DomainError.validation([
        { path: 'body.code', message: 'Start setting up two-factor authentication first.' },
      ]);
    if (!(await this.verifyTotp(user, code))) throw invalidCode();
    await this.users.update(user.id, { totpEnabledAt: new Date() });
    return this.regenerateRecoveryCodes(user.id);
  }

  async disable(user: UserEntity): Promise<void> {
    await this.users.update(user.id, { totpSecretEncrypted: null, totpEnabledAt: null, totpLastTimeStep: null });
    await this.users.replaceRecoveryCodes(user.id, []);
  }

  async regenerateRecoveryCodes(userId: string): Promise<RecoveryCodes> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.users.replaceRecoveryCodes(userId, codes.map(hashToken));
    return { codes };
  }

  /** Checks a 6-digit code or a recovery code for an enrolled person; each works once. */
  async verify(user: UserEntity, code: string): Promise<{ ok: boolean; method: 'totp' | 'recovery_code' }> {
    if (!user.totpEnabledAt) return { ok: false, method: 'totp' };
    if (/^\d{6}$/.test(code)) return { ok: await this.verifyTotp(user, code), method: 'totp' };
    return { ok: await this.users.useRecoveryCode(user.id, hashToken(code.toLowerCase())), method: 'recovery_code' };
  }

  private async verifyTotp(user: UserEntity, code: string): Promise<boolean> {
    if (!user.totpSecretEncrypted) return false;
    const secret = this.box.open(user.totpSecretEncrypted);
    // One step either side tolerates clock drift on phones.
    const result = verifySync({ secret, token: code, epochTolerance: 30 });
    if (!result.valid || !('timeStep' in result)) return false;
    return this.users.acceptTotpStep(user.id, result.timeStep);
  }
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

export function invalidCode(): DomainError {
  return new DomainError(ErrorCode.SecondFactorInvalid);
}
