import { ServerMessage } from '../../../shared/forms/server-message';

/**
 * Refusals whose server sentence says more than the generic one: a locked thread, a stale edit, a file too large, a
 * new member's link limit.
 */
export const FORUM_REFUSALS = [400, 409, 413, 422, 429] as const;

/** A refused forum action: the server's own sentence (written for teachers) for the refusals above. */
export function ForumError({ error }: { error: unknown }) {
  return <ServerMessage error={error} statuses={FORUM_REFUSALS} />;
}
