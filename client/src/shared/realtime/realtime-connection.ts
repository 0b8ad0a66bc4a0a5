import { deferredSocket } from './deferred-socket';
import { RealtimeClient, type RealtimeSocket } from './realtime-client';

/**
 * Same origin, `/socket.io`, websocket only (all the server accepts), with the session cookie.
 * socket.io reconnects by itself with backoff; `StreamSubscriptions` then subscribes every
 * followed stream again. Its code loads on first use (`deferredSocket`).
 */
const browserSocket = (): RealtimeSocket =>
  deferredSocket(() =>
    import('socket.io-client').then(({ io }) =>
      io({ path: '/socket.io', transports: ['websocket'], withCredentials: true }),
    ),
  );

let createSocket = browserSocket;
let current: RealtimeClient | undefined;
let resets = 0;
const listeners = new Set<() => void>();

function changed(): void {
  listeners.forEach((listener) => listener());
}

/** The page's one real-time connection, opened on first use. */
export function realtime(): RealtimeClient {
  if (!current) {
    current = new RealtimeClient(createSocket());
    changed();
  }
  return current;
}

/** The connection if one is open; reading presence never opens one. */
export function currentRealtime(): RealtimeClient | undefined {
  return current;
}

/**
 * Closes the connection when the person changes (sign-out, or sign-in as someone else): it was
 * authenticated as the previous person. Mounted hooks follow their streams on a new one.
 */
export function resetRealtime(): void {
  if (!current) return;
  current.close();
  current = undefined;
  resets++;
  changed();
}

/** For `useSyncExternalStore`: how many times the connection was closed for a change of person. */
export function realtimeResets(): number {
  return resets;
}

/** Called when the connection is opened or closed. */
export function onRealtimeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests put a `FakeRealtimeSocket` here (and `undefined` back afterwards). */
export function setRealtimeSocketFactory(factory: (() => RealtimeSocket) | undefined): void {
  resetRealtime();
  createSocket = factory ?? browserSocket;
}
