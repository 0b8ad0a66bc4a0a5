import { createHash, randomBytes } from 'node:crypto';

/** A new private feed token: 32 random bytes, base64url (43 characters). */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

/** How a token is found without storing it: SHA-256, hex. The token is random, so no salt is needed. */
export const hashFeedToken = (token: string): string => createHash('sha256').update(token).digest('hex');
