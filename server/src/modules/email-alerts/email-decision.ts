import type { NotificationKind } from '@commonroom/contracts';
import type { DeliveryPlanRow } from './email-preferences.repository';

/** Kinds that are about the person directly: they come at once unless the person turned them off. */
const DIRECT: Partial<Record<NotificationKind, 'mentions' | 'replies'>> = {
  mention: 'mentions',
  reply: 'replies',
  quote: 'replies',
};

/**
 * Whether a notice is emailed now (after the batching window) rather than left to the digest or
 * to the app alone. "All email off" and a thread opt-out always win; a mention or a direct reply
 * comes at once, whatever the community's mode, unless its switch is off; everything else
 * follows the community's mode (or the person's default).
 */
export function emailsNow(plan: DeliveryPlanRow, kind: NotificationKind): boolean {
  if (plan.all_off || plan.opted_out) return false;
  const direct = DIRECT[kind];
  if (direct && plan[direct]) return true;
  return plan.mode === 'immediately';
}
