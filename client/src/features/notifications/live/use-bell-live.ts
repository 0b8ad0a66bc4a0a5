import { streams, type NotificationBell } from '@commonroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useStream } from '../../../shared/realtime';
import { applyUnreadCount, notificationKeys } from '../api/notifications.queries';

/**
 * Follows the person's own stream from where the bell's count was read: a new notice, or notices
 * read on another device, change the count at once (the payload is the count alone, never text).
 */
export function useBellLive(userId: string | undefined, bell: NotificationBell | undefined) {
  const queryClient = useQueryClient();
  useStream(userId && bell ? streams.user(userId) : undefined, {
    fromSeq: bell?.streamSeq ?? 0,
    onEvent: (envelope) => {
      if (envelope.type !== 'notification.created' && envelope.type !== 'notification.read') return;
      const { unreadCount } = envelope.payload as { unreadCount: number };
      applyUnreadCount(queryClient, unreadCount, envelope.seq);
    },
    onReset: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
