import { z } from 'zod';
import { communityRoleSchema, partnershipRefSchema } from './communities.js';

/** The community a home item belongs to, enough to link to it. */
const communityRefSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

/** A forum thread as the home lists it: where it is, how active, and how much of it is new to me. */
export const homeThreadSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  community: communityRefSchema,
  postCount: z.number().int().min(0),
  lastPostAt: z.iso.datetime(),
  lastPoster: z.object({ id: z.uuid(), displayName: z.string() }),
  /** Posts after my read mark; null when I have never opened the thread. */
  unreadCount: z.number().int().min(0).nullable(),
});
export type HomeThread = z.infer<typeof homeThreadSchema>;

/** Keyset cursor `<ISO time>_<thread id>`: the last item of the previous page. */
export const homeCursorSchema = z
  .string()
  .max(80)
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/i, 'Use the nextCursor of the previous page.');

export const homeThreadsQuerySchema = z.object({
  filter: z.enum(['latest', 'unread']).default('latest'),
  /** One community's recent activity (its home page); otherwise across all of mine. */
  community: z.uuid().optional(),
  cursor: homeCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type HomeThreadsQuery = z.infer<typeof homeThreadsQuerySchema>;

export const homeThreadPageSchema = z.object({
  items: z.array(homeThreadSchema),
  nextCursor: homeCursorSchema.nullable(),
});
export type HomeThreadPage = z.infer<typeof homeThreadPageSchema>;

/** What needs a facilitator in one community: join requests to decide and posts flagged for review. */
export const communityNeedsSchema = z.object({
  community: communityRefSchema,
  joinRequests: z.number().int().min(0),
  openFlags: z.number().int().min(0),
});
export type CommunityNeeds = z.infer<typeof communityNeedsSchema>;

/** Everything waiting for me, summed for the header count. */
export const homeNeedsSchema = z.object({
  total: z.number().int().min(0),
  communities: z.array(communityNeedsSchema),
});
export type HomeNeeds = z.infer<typeof homeNeedsSchema>;

export const homeWaitingSchema = z.object({
  contactRequests: z.number().int().min(0),
  invitations: z.array(z.object({ community: communityRefSchema, expiresAt: z.iso.datetime() })),
  facilitating: homeNeedsSchema,
});
export type HomeWaiting = z.infer<typeof homeWaitingSchema>;

/** One of my communities with when it was last active and how many threads have news for me. */
export const homeCommunitySchema = communityRefSchema.extend({
  role: communityRoleSchema,
  lastActivityAt: z.iso.datetime().nullable(),
  unreadThreads: z.number().int().min(0),
  /** Set for a partnership space, so the home groups spaces by lead provider as "Your communities" does. */
  partnership: partnershipRefSchema.nullable(),
});
export type HomeCommunity = z.infer<typeof homeCommunitySchema>;

/** `GET /api/home`: the signed-in home in one answer. */
export const homeSchema = z.object({
  unread: homeThreadPageSchema,
  latest: homeThreadPageSchema,
  waiting: homeWaitingSchema,
  communities: z.array(homeCommunitySchema),
});
export type Home = z.infer<typeof homeSchema>;

/** A community as a signed-out visitor may see it on the home page: no thread titles. */
export const publicHomeCommunitySchema = communityRefSchema.extend({
  description: z.string().nullable(),
  memberCount: z.number().int().min(0),
  lastActivityAt: z.iso.datetime().nullable(),
});
export const publicHomeSchema = z.object({ communities: z.array(publicHomeCommunitySchema) });
export type PublicHome = z.infer<typeof publicHomeSchema>;
