import { ServerMessage } from '../../../shared/forms/server-message';

/**
 * Refusals whose server sentence says more than the generic one: already asked, too many requests today, not allowed
 * to ask.
 */
const CONTACT_REFUSALS = [403, 409, 422, 429] as const;

/** A refused contact-request action, in the server's own words for the refusals above. */
export function ContactError({ error }: { error: unknown }) {
  return <ServerMessage error={error} statuses={CONTACT_REFUSALS} />;
}
