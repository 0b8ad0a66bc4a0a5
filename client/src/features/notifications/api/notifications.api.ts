import {
  communityPageSchema,
  notificationBellSchema,
  notificationPageSchema,
  unreadCountSchema,
  type CommunityPage,
  type NotificationBell,
  type NotificationKind,
  type NotificationPage,
  type UnreadCount,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

/** What the notifications page shows: the filters, written to the address so a view can be shared or reloaded. */
export interface NotificationFilters {
  filter: 'all' | 'unread';
  kind?: NotificationKind;
  communityId?: string;
}

export function fetchBell(options?: RequestOptions): Promise<NotificationBell> {
  return apiGet('/api/notifications/unread-count', notificationBellSchema, undefined, options);
}

export function fetchNotifications(
  filters: NotificationFilters & { before?: string; limit?: number },
  options?: RequestOptions,
): Promise<NotificationPage> {
  return apiGet('/api/notifications', notificationPageSchema, { ...filters }, options);
}

export function markNotificationsRead(ids: string[]): Promise<UnreadCount> {
  return apiSend('POST', '/api/notifications/read', { ids }, unreadCountSchema);
}

export function markAllNotificationsRead(communityId?: string): Promise<UnreadCount> {
  return apiSend('POST', '/api/notifications/read-all', communityId ? { communityId } : {}, unreadCountSchema);
}

/** The communities I belong to, for the page's community filter (a hundred is more than anyone joins). */
export function fetchMyCommunities(options?: RequestOptions): Promise<CommunityPage> {
  return apiGet('/api/communities', communityPageSchema, { mine: 'true', pageSize: 100 }, options);
}
