import { Inject, Injectable } from '@nestjs/common';
import type { UnsubscribeScope } from '@commonroom/contracts';
import { createHash, createHmac } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { constantTimeEquals } from '../../infrastructure/security/secure-token';

const VERSION = 'v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What an unsubscribe token stops: one thread, one community, or all activity email of one person. */
export interface UnsubscribeGrant {
  userId: string;
  scope: UnsubscribeScope;
  /** The thread or community; null for `all`. */
  scopeId: string | null;
}

/**
 * Signed per-recipient unsubscribe tokens (ADR 0018): `base64url(userId|scope|scopeId).base64url(mac)`,
 * the MAC an HMAC-SHA256 over `v1|userId|scope|scopeId` with a key derived from SECRET_KEY. They work
 * without signing in, so the MAC is all that stops one person unsubscribing another; nothing is stored.
 */
export class UnsubscribeTokenSigner {
  private readonly key: Buffer;

  constructor(secretKey: Buffer) {
    // A purpose-specific key: a MAC made here can never be replayed as another feature's token.
    this.key = createHash('sha256').update('commonroom:unsubscribe:v1').update(secretKey).digest();
  }

  sign(grant: UnsubscribeGrant): string {
    const payload = [grant.userId, grant.scope, grant.scopeId ?? ''].join('|');
    return `${Buffer.from(payload).toString('base64url')}.${this.mac(payload)}`;
  }

  /** The grant a token carries, or null when it is malformed or its MAC does not match. */
  verify(token: string): UnsubscribeGrant | null {
    const [encoded, mac, extra] = token.split('.');
    if (!encoded || !mac || extra !== undefined) return null;
    const payload = Buffer.from(encoded, 'base64url').toString('utf8');
    if (!constantTimeEquals(mac, this.mac(payload))) return null;
    const [userId, scope, scopeId, rest] = payload.split('|');
    if (rest !== undefined || !userId || !UUID.test(userId)) return null;
    if (scope === 'all' && scopeId === '') return { userId, scope, scopeId: null };
    if ((scope === 'thread' || scope === 'community') && scopeId && UUID.test(scopeId))
      return { userId, scope, scopeId };
    return null;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(`${VERSION}|${payload}`).digest('base64url');
  }
}

/** The signer built from the configured SECRET_KEY (there is no fallback key). */
@Injectable()
export class UnsubscribeTokens extends UnsubscribeTokenSigner {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.auth.secretKey) throw new Error('SECRET_KEY is not configured');
    super(config.auth.secretKey);
  }
}
