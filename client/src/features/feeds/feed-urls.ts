import { feedPaths, type FeedFormat } from '@commonroom/contracts';

/** What a feed follows: the whole forum, one category, or one tag across the forum. */
export type FeedSubject =
  { kind: 'forum' } | { kind: 'category'; categorySlug: string; name: string } | { kind: 'tag'; tag: string };

/**
 * The feed's full address, as a feed reader needs it: the API is served from the same origin as
 * the app. With a token (a members-only community), the person's private link.
 */
export function feedUrl(communitySlug: string, subject: FeedSubject, format: FeedFormat, token?: string): string {
  const path =
    subject.kind === 'category'
      ? feedPaths.category(communitySlug, subject.categorySlug, format)
      : subject.kind === 'tag'
        ? feedPaths.tag(communitySlug, subject.tag, format)
        : feedPaths.forum(communitySlug, format);
  return absolute(token ? `${path}?token=${token}` : path);
}

export const absolute = (path: string) => new URL(path, window.location.origin).toString();
