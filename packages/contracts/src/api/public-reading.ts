import { z } from 'zod';

/**
 * Public reading (ADR 0015). A facilitator may let anyone with the link read an open community
 * without signing in. `publicReading` is part of the community's detail and settings.
 */
export const publicReadingSchema = z
  .boolean()
  .describe('Anyone with the link can read the community without signing in (open communities only)');

export const threadTeaserParamsSchema = z.object({ threadId: z.uuid() });

/**
 * What a signed-out visitor (or a non-member) learns about a thread they may not read, so a
 * shared link can say what it points to and offer sign-in: its title and community, nothing else.
 * Hidden communities and removed threads answer 404.
 */
export const threadTeaserSchema = z.object({
  title: z.string(),
  community: z.object({ slug: z.string(), name: z.string() }),
});
export type ThreadTeaser = z.infer<typeof threadTeaserSchema>;
