import { FakeStreamSocket } from '@commonroom/contracts/testing';
import type { RealtimeSocket } from './realtime-client';
import { setRealtimeSocketFactory } from './realtime-connection';

/**
 * A page's socket in memory for unit tests, where the test plays the server (see
 * `FakeStreamSocket`); also records typing notices and whether the page disconnected.
 */
export class FakeRealtimeSocket extends FakeStreamSocket implements RealtimeSocket {
  readonly typingSent: string[] = [];
  disconnected = false;

  override emit(event: string, request: unknown, ack?: (result: never) => void): this {
    if (event === 'thread.typing') this.typingSent.push((request as { threadId: string }).threadId);
    return super.emit(event, request, ack);
  }

  disconnect(): this {
    this.disconnected = true;
    this.connected = false;
    return this;
  }
}

/**
 * Makes every real-time connection the page opens a `FakeRealtimeSocket`, collected in `sockets`
 * (the first connection is `sockets[0]`). Call `uninstall` after the test.
 */
export function installFakeRealtime(): { sockets: FakeRealtimeSocket[]; uninstall: () => void } {
  const sockets: FakeRealtimeSocket[] = [];
  setRealtimeSocketFactory(() => {
    const socket = new FakeRealtimeSocket();
    sockets.push(socket);
    return socket;
  });
  return { sockets, uninstall: () => setRealtimeSocketFactory(undefined) };
}
