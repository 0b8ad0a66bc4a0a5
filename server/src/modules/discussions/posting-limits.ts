import type { PostingLimits } from '@commonroom/contracts';
import { NEW_MEMBER_LIMITS } from './new-member-limits';

/**
 * How often one person may post (new threads and replies, wherever they post), counted in fixed
 * windows that every app node shares. New members (the same rule as `NEW_MEMBER_LIMITS`: fewer
 * than 3 posts that nobody hid) are held to less, which is also where an account falls back to
 * once facilitators hide its posts. Facilitators and admins are not limited. The moderation
 * queue shows these numbers to facilitators.
 */
export const POSTING_LIMITS = {
  perMinute: 6,
  perHour: 30,
  newMembers: { perMinute: 3, perHour: 10, untilPosts: NEW_MEMBER_LIMITS.trustedAfterPosts },
} as const satisfies PostingLimits;

export type PostingWindow = 'minute' | 'hour';

/**
 * The windows, counted in this order (always the same order, so two transactions never wait on each other's
 * counters).
 */
export const POSTING_WINDOWS: readonly { window: PostingWindow; seconds: number; limit: 'perMinute' | 'perHour' }[] = [
  { window: 'minute', seconds: 60, limit: 'perMinute' },
  { window: 'hour', seconds: 3600, limit: 'perHour' },
];

/** The sentence for a refused post: the limit, and when the person can post again. Their text stays in the composer. */
export function postingLimitMessage(window: PostingWindow, asNewMember: boolean, retryAfterSeconds: number): string {
  const limits = asNewMember ? POSTING_LIMITS.newMembers : POSTING_LIMITS;
  const upTo = window === 'minute' ? `${limits.perMinute} times a minute` : `${limits.perHour} times an hour`;
  const rule = asNewMember
    ? `Until you have ${POSTING_LIMITS.newMembers.untilPosts} posts here, you can post up to ${upTo}.`
    : `You can post up to ${upTo}.`;
  return `${rule} You can post again in ${waitOf(retryAfterSeconds)}; what you wrote is kept.`;
}

/** "1 second", "42 seconds", "1 minute", "23 minutes": seconds are rounded up to whole minutes past one minute. */
function waitOf(seconds: number): string {
  const [amount, unit] =
    seconds < 60 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}
