import type { NotificationBell } from '@commonroom/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { accountKeyRoot } from '../../auth';
import {
  fetchBell,
  fetchMyCommunities,
  fetchNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
  type NotificationFilters,
} from './notifications.api';

/** Under the account root: signing in or out drops them all. */
export const notificationKeys = {
  all: [...accountKeyRoot, 'notifications'] as const,
  bell: () => [...notificationKeys.all, 'bell'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (filters: NotificationFilters) => [...notificationKeys.lists(), filters] as const,
  latest: () => [...notificationKeys.lists(), 'latest'] as const,
  communities: () => [...notificationKeys.all, 'communities'] as const,
};

/** How many notices the bell's popover shows before "See all". */
export const LATEST_COUNT = 6;
const PAGE_SIZE = 20;

/** The unread count and where the person's stream stands; asked again whenever the window regains focus. */
export function useBell(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.bell(),
    queryFn: ({ signal }) => fetchBell({ signal }),
    enabled,
    staleTime: 0,
    refetchOnWindowFocus: 'always',
  });
}

export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest(),
    queryFn: ({ signal }) => fetchNotifications({ filter: 'all', limit: LATEST_COUNT }, { signal }),
    enabled,
    staleTime: 0,
  });
}

/** The notifications page: keyset pages ("Show more") for one set of filters. */
export function useNotificationList(filters: NotificationFilters) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(filters),
    queryFn: ({ signal, pageParam }) =>
      fetchNotifications({ ...filters, before: pageParam, limit: PAGE_SIZE }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useMyCommunities() {
  return useQuery({
    queryKey: notificationKeys.communities(),
    queryFn: ({ signal }) => fetchMyCommunities({ signal }),
  });
}

/** A new unread count (from an answer or the stream): the bell shows it at once, and the lists read again. */
export function applyUnreadCount(queryClient: QueryClient, unreadCount: number, streamSeq?: number): void {
  queryClient.setQueryData<NotificationBell>(notificationKeys.bell(), (bell) =>
    bell ? { unreadCount, streamSeq: Math.max(bell.streamSeq, streamSeq ?? 0) } : bell,
  );
  void queryClient.invalidateQueries({ queryKey: notificationKeys.lists() });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => markNotificationsRead(ids),
    onSuccess: ({ unreadCount }) => applyUnreadCount(queryClient, unreadCount),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (communityId?: string) => markAllNotificationsRead(communityId),
    onSuccess: ({ unreadCount }) => applyUnreadCount(queryClient, unreadCount),
  });
}
