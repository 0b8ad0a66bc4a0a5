import { z } from 'zod';
import { SecretBox } from '../../../infrastructure/security/secret-box';

/** What we remember between sending a person to their provider and their return (10 minutes). */
export const oidcStateSchema = z.object({
  provider: z.string(),
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  returnTo: z.string(),
  /** Set when a signed-in person is linking this provider to their account. */
  linkUserId: z.string().nullable(),
  expiresAt: z.number(),
});
export type OidcState = z.infer<typeof oidcStateSchema>;

export const OIDC_STATE_MINUTES = 10;

export function sealState(box: SecretBox, state: OidcState): string {
  return box.seal(JSON.stringify(state));
}

/** Undefined for a missing, tampered, foreign or expired state. */
export function openState(box: SecretBox, sealed: string | undefined): OidcState | undefined {
  if (!sealed) return undefined;
  try {
    const state = oidcStateSchema.parse(JSON.parse(box.open(sealed)));
    return state.expiresAt > Date.now() ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Only same-site relative paths: never `//host`, `/\host` or an absolute URL. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value.slice(0, 500);
}
