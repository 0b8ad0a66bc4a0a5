import { streams, type StreamEventMap } from '@commonroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useStream } from '../../../shared/realtime';
import { useCurrentUser } from '../../auth';
import { forumKeys } from '../api/forum-keys';

export type ThreadActivity = StreamEventMap['forum.thread_activity'];

/**
 * Keeps a community's forum listings current: on activity in any thread (or when the stream
 * had to start again) they are fetched again in the background, keeping what is on screen until
 * the answer arrives. `onActivity` sees each event, e.g. to say which thread moved.
 */
export function useForumActivity(community: { id: string; slug: string } | undefined, fromSeq: number | undefined) {
  const queryClient = useQueryClient();
  // Signed-out readers (public reading) get no socket.
  const signedIn = Boolean(useCurrentUser());
  const refresh = () => void queryClient.invalidateQueries({ queryKey: forumKeys.community(community?.slug ?? '') });
  useStream(signedIn && community && fromSeq !== undefined ? streams.community(community.id) : undefined, {
    fromSeq: fromSeq ?? 0,
    onEvent: (envelope) => {
      if (envelope.type === 'forum.thread_activity') refresh();
    },
    onReset: refresh,
  });
}
