import { z } from 'zod';

/**
 * Feeds (RSS 2.0 and Atom) of a community's forum, a category and a tag (docs/feeds.md). A feed
 * anyone may read needs no token; a feed of a community only its members (or signed-in people)
 * may read takes the person's private `token`, which covers every community they can read.
 */
export const FEED_FORMATS = ['rss', 'atom'] as const;
export const feedFormatSchema = z.enum(FEED_FORMATS);
export type FeedFormat = z.infer<typeof feedFormatSchema>;

/** A private feed token as it appears in a feed URL: 43 base64url characters (32 random bytes). */
export const feedTokenValueSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This is not a feed link.');

export const feedQuerySchema = z.object({ token: feedTokenValueSchema.optional() });
export type FeedQuery = z.infer<typeof feedQuerySchema>;

export const forumFeedParamsSchema = z.object({ slug: z.string().min(1).max(120), format: feedFormatSchema });

/** `<name>.rss` or `<name>.atom`: a category's slug or a tag, with the format as its extension. */
const feedFileSchema = z
  .string()
  .max(130)
  .regex(/^.+\.(rss|atom)$/, 'End the address with .rss or .atom.');

export const categoryFeedParamsSchema = z.object({ slug: z.string().min(1).max(120), file: feedFileSchema });
export const tagFeedParamsSchema = categoryFeedParamsSchema;

/** Splits `planning.rss` into the name and the format. */
export function parseFeedFile(file: string): { name: string; format: FeedFormat } {
  const dot = file.lastIndexOf('.');
  return { name: file.slice(0, dot), format: feedFormatSchema.parse(file.slice(dot + 1)) };
}

/** The feeds of one community's forum the person may follow with their private link. */
export const privateFeedCommunitySchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** Path of the forum's RSS feed with the token; the Atom feed is the same path ending `.atom`. */
  rssPath: z.string(),
});

/** The person's private feed link: none yet (`token` null), or the token and where it works. */
export const feedTokenStateSchema = z.object({
  token: feedTokenValueSchema.nullable(),
  createdAt: z.iso.datetime().nullable(),
  /** The communities they belong to, each forum feed with the token (empty without a token). */
  communities: z.array(privateFeedCommunitySchema),
});
export type FeedTokenState = z.infer<typeof feedTokenStateSchema>;
export type PrivateFeedCommunity = z.infer<typeof privateFeedCommunitySchema>;

/** Feed paths, shared by the server (self links) and the client (feed links). */
export const feedPaths = {
  forum: (slug: string, format: FeedFormat) => `/api/feeds/communities/${encodeURIComponent(slug)}/forum.${format}`,
  category: (slug: string, categorySlug: string, format: FeedFormat) =>
    `/api/feeds/communities/${encodeURIComponent(slug)}/categories/${encodeURIComponent(categorySlug)}.${format}`,
  tag: (slug: string, tag: string, format: FeedFormat) =>
    `/api/feeds/communities/${encodeURIComponent(slug)}/tags/${encodeURIComponent(tag)}.${format}`,
};
