import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { base32Decode, base32Encode } from './base32';

/** Bytes of HMAC kept in a token: 80 bits cannot be guessed through a rate-limited SMTP listener. */
const MAC_BYTES = 10;
const TOKEN_BYTES = 16 + 16 + MAC_BYTES;
const LOCAL_PART = /^reply\+([a-z2-7]+)$/i;

/** Who a reply address belongs to and which discussion it answers. */
export interface ReplyTarget {
  userId: string;
  threadId: string;
}

/**
 * Per-recipient reply addresses for notification emails: `reply+<token>@<MAIL_REPLY_DOMAIN>`,
 * where the token is the person's id, the thread's id and an HMAC over both (key derived from
 * SECRET_KEY), in lower-case base32 so mail servers that fold case keep it intact. Nothing is
 * stored: the address proves itself, and it only ever posts as the person it was made for (their
 * From address is checked too). See docs/reply-by-email.md and ADR 0019.
 */
@Injectable()
export class ReplyAddresses {
  private readonly key: Buffer;
  private readonly domain: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.auth.secretKey) throw new Error('SECRET_KEY is not configured');
    // A purpose-specific key, so a reply token can never stand in for any other signed value.
    this.key = createHash('sha256').update('commonroom:reply-address:v1').update(config.auth.secretKey).digest();
    this.domain = config.mailIn.replyDomain;
  }

  forThread(userId: string, threadId: string): string {
    const ids = Buffer.concat([uuidBytes(userId), uuidBytes(threadId)]);
    return `reply+${base32Encode(Buffer.concat([ids, this.mac(ids)]))}@${this.domain}`;
  }

  /** The inverse of `forThread`: null for another domain, a malformed address or a bad signature. */
  verify(address: string): ReplyTarget | null {
    const at = address.lastIndexOf('@');
    if (at < 0 || address.slice(at + 1).toLowerCase() !== this.domain) return null;
    const token = LOCAL_PART.exec(address.slice(0, at))?.[1];
    const bytes = token ? base32Decode(token) : null;
    if (!bytes || bytes.length !== TOKEN_BYTES) return null;
    const ids = bytes.subarray(0, 32);
    if (!timingSafeEqual(bytes.subarray(32), this.mac(ids))) return null;
    return { userId: uuidText(ids.subarray(0, 16)), threadId: uuidText(ids.subarray(16)) };
  }

  /** Whether an address is in the reply domain at all (the listener refuses anything else at RCPT). */
  inReplyDomain(address: string): boolean {
    return address.toLowerCase().endsWith(`@${this.domain}`);
  }

  private mac(ids: Buffer): Buffer {
    return createHmac('sha256', this.key).update('reply|').update(ids).digest().subarray(0, MAC_BYTES);
  }
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error('Not a UUID');
  return Buffer.from(hex, 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
