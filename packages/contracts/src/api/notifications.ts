import { z } from 'zod';
import { partnershipRefSchema } from './communities.js';

/**
 * What a person can be told about in the app (and, through email alerts, by email). Later features
 * add kinds (wiki `page_changed`, incidents `incident`); the label and description are what the
 * notifications page and the preferences show.
 */
export const NOTIFICATION_KINDS = [
  { id: 'mention', label: 'Mentions', description: 'Someone mentioned you in a post.' },
  { id: 'reply', label: 'Replies', description: 'Someone replied to one of your posts.' },
  { id: 'quote', label: 'Quotes', description: 'Someone quoted one of your posts.' },
  { id: 'accepted_answer', label: 'Answers', description: 'Your reply was chosen as the answer.' },
  { id: 'reaction', label: 'Reactions', description: 'People reacted to one of your posts.' },
  { id: 'new_thread', label: 'New discussions', description: 'A new discussion in a category you watch.' },
  { id: 'new_post', label: 'New posts', description: 'A new post in a discussion you watch.' },
  { id: 'contact_request', label: 'Contact requests', description: 'Someone would like to get in touch.' },
  { id: 'contact_answer', label: 'Contact answers', description: 'Someone accepted your contact request.' },
  {
    id: 'membership',
    label: 'Membership',
    description: 'Your request to join was decided, or your place in a community changed.',
  },
  { id: 'invitation', label: 'Invitations', description: 'You were invited to join a community.' },
  { id: 'moderation', label: 'Moderation', description: 'A moderator hid, restored or removed your post.' },
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]['id'];
export const notificationKindSchema = z.enum(
  NOTIFICATION_KINDS.map((k) => k.id) as [NotificationKind, ...NotificationKind[]],
);

/** Keyset cursor `<ISO time>_<notification id>`: the last item of the previous page. */
export const notificationCursorSchema = z
  .string()
  .max(80)
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/i, 'Use the nextCursor of the previous page.');

export const notificationsQuerySchema = z.object({
  filter: z.enum(['all', 'unread']).default('all'),
  kind: notificationKindSchema.optional(),
  communityId: z.uuid().optional(),
  before: notificationCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type NotificationsQuery = z.infer<typeof notificationsQuerySchema>;

/** Where a notice belongs: the community and the partnership (with its lead provider) it is part of. */
export const notificationContextSchema = z.object({
  community: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  partnership: partnershipRefSchema.nullable(),
});
export type NotificationContext = z.infer<typeof notificationContextSchema>;

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: notificationKindSchema,
  /** The most recent people first (up to five); `actorCount` counts them all. */
  actors: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  actorCount: z.number().int().min(0),
  /** How many events this notice gathers (e.g. six replies in one discussion). */
  eventCount: z.number().int().min(1),
  context: notificationContextSchema.nullable(),
  thread: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  postNumber: z.number().int().min(1).nullable(),
  /** About something marked sensitive: shown in the app only, never by email. */
  sensitive: z.boolean(),
  /** Where the notice takes you (the post in place, the request, the community). */
  path: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number().int().min(0),
  nextCursor: notificationCursorSchema.nullable(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ unreadCount: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** The bell: the count, and the person's `user:<id>` stream position to follow live changes from. */
export const notificationBellSchema = unreadCountSchema.extend({ streamSeq: z.number().int().min(0) });
export type NotificationBell = z.infer<typeof notificationBellSchema>;

export const markNotificationsReadSchema = z.object({ ids: z.array(z.uuid()).min(1).max(100) });
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;

export const markAllNotificationsReadSchema = z.object({ communityId: z.uuid().optional() });
export type MarkAllNotificationsRead = z.infer<typeof markAllNotificationsReadSchema>;
