import type { RealtimeSocket } from './realtime-client';

type Call = (socket: RealtimeSocket) => unknown;
type Loose = (...args: unknown[]) => unknown;

/**
 * A socket whose code loads when the page first follows something live, not with every page:
 * socket.io-client is about 10 KB compressed that a visitor's first page never uses. Calls made
 * before it arrives are replayed on it in order (socket.io buffers emits until connected anyway).
 */
export function deferredSocket(load: () => Promise<RealtimeSocket>): RealtimeSocket {
  let real: RealtimeSocket | undefined;
  const pending: Call[] = [];
  const run = (call: Call) => (real ? call(real) : pending.push(call));
  void load().then((socket) => {
    real = socket;
    for (const call of pending.splice(0)) call(socket);
  });
  const forward =
    (method: 'on' | 'off' | 'emit' | 'removeAllListeners' | 'disconnect') =>
    (...args: unknown[]) =>
      run((socket) => (socket[method] as Loose)(...args));
  return {
    get connected() {
      return real?.connected ?? false;
    },
    on: forward('on'),
    off: forward('off'),
    emit: forward('emit'),
    removeAllListeners: forward('removeAllListeners'),
    disconnect: forward('disconnect'),
  } as RealtimeSocket;
}
