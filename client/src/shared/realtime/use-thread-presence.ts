import type { PersonRef } from '@commonroom/contracts';
import { useCallback, useSyncExternalStore } from 'react';
import { currentRealtime, onRealtimeChange } from './realtime-connection';

const NOBODY: readonly PersonRef[] = [];
const nothingToWatch = () => () => undefined;

export interface ThreadPresenceState {
  /** Everyone with the thread open, the viewer included. */
  people: readonly PersonRef[];
  /** Others writing a reply now; each disappears a few seconds after their last notice. */
  typing: readonly PersonRef[];
  /** Call on every keystroke in the reply box; notices go out at most every two seconds. */
  notifyTyping: () => void;
}

/**
 * Who is reading and who is writing in a thread. Presence travels with the thread's stream, so
 * the page must also follow it: `useStream(streams.thread(threadId), …)`. Never opens a
 * connection itself.
 */
export function useThreadPresence(threadId: string | undefined): ThreadPresenceState {
  // The connection is opened by the first useStream and replaced on sign-out: watch the one there is.
  const client = useSyncExternalStore(onRealtimeChange, currentRealtime);
  const subscribe = useCallback((listener: () => void) => client?.onChange(listener) ?? nothingToWatch(), [client]);
  const people = useSyncExternalStore(subscribe, () => (threadId && client ? client.presenceIn(threadId) : NOBODY));
  const typing = useSyncExternalStore(subscribe, () => (threadId && client ? client.typingIn(threadId) : NOBODY));
  const notifyTyping = useCallback(() => {
    if (threadId) client?.notifyTyping(threadId);
  }, [threadId, client]);
  return { people, typing, notifyTyping };
}
