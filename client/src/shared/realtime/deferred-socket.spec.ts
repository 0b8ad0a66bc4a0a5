import { describe, expect, it, vi } from 'vitest';
import { deferredSocket } from './deferred-socket';
import type { RealtimeSocket } from './realtime-client';

/** A socket that writes down what was done to it. */
function recordingSocket() {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      calls.push(`${name} ${String(args[0] ?? '')}`);
  const socket = {
    connected: true,
    on: record('on'),
    off: record('off'),
    emit: record('emit'),
    removeAllListeners: record('removeAllListeners'),
    disconnect: record('disconnect'),
  } as unknown as RealtimeSocket;
  return { socket, calls };
}

describe('deferredSocket', () => {
  it('replays, in order, what the page did before socket.io had loaded, then passes calls straight on', async () => {
    const { socket, calls } = recordingSocket();
    let arrive!: (s: RealtimeSocket) => void;
    const sut = deferredSocket(() => new Promise((resolve) => (arrive = resolve)));

    sut.on('connect', () => {});
    sut.emit('stream.subscribe', { stream: 'thread:1', afterSeq: 0 }, () => {});
    expect(sut.connected).toBe(false);
    expect(calls).toEqual([]);

    arrive(socket);
    await vi.waitFor(() => expect(calls).toEqual(['on connect', 'emit stream.subscribe']));
    expect(sut.connected).toBe(true);

    sut.disconnect();
    expect(calls.at(-1)).toBe('disconnect ');
  });
});
