import type { CookedContent } from '../../infrastructure/content/cook-markdown';

/**
 * Until a person has a few posts that nobody hid, links, mentions and images are capped: the
 * cheapest defence against spam accounts and mass mentions, and invisible to everyone else.
 */
export const NEW_MEMBER_LIMITS = { trustedAfterPosts: 3, links: 2, mentions: 3, images: 2 } as const;

/** The sentence to show when a post goes over a new member's limits, or null when it does not. */
export function newMemberLimitBreach(
  cooked: Pick<CookedContent, 'linkCount' | 'mentionIds' | 'imageCount'>,
): string | null {
  const over: string[] = [];
  if (cooked.linkCount > NEW_MEMBER_LIMITS.links) over.push(`${NEW_MEMBER_LIMITS.links} links`);
  if (cooked.mentionIds.length > NEW_MEMBER_LIMITS.mentions) over.push(`${NEW_MEMBER_LIMITS.mentions} mentions`);
  if (cooked.imageCount > NEW_MEMBER_LIMITS.images) over.push(`${NEW_MEMBER_LIMITS.images} images`);
  if (over.length === 0) return null;
  return `Until you have ${NEW_MEMBER_LIMITS.trustedAfterPosts} posts here, a post can include at most ${over.join(' and ')}. Please remove some and post again.`;
}
