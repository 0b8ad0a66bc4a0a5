import { streams, type PersonRef, type StreamEnvelope } from '@commonroom/contracts';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeRealtime, type FakeRealtimeSocket } from './fake-realtime-socket';
import { resetRealtime } from './realtime-connection';
import { useStream } from './use-stream';
import { useThreadPresence } from './use-thread-presence';

const threadId = '2b1f6c1e-8d4b-4d38-9a57-6f7e0d1c2a3b';
const stream = streams.thread(threadId);
const event = (seq: number): StreamEnvelope => ({
  stream,
  seq,
  type: 'post.created',
  payload: { seq },
  occurredAt: '2025-01-01T00:00:00.000Z',
});
const ana: PersonRef = { id: '11111111-1111-4111-8111-111111111111', displayName: 'Ana' };

describe('useStream and useThreadPresence', () => {
  let sockets: FakeRealtimeSocket[];
  let uninstall: () => void;

  beforeEach(() => ({ sockets, uninstall } = installFakeRealtime()));
  afterEach(() => uninstall());

  it('follows the stream from the page’s position and hands each event to the latest handler once, in order', () => {
    const seen: string[] = [];
    const { rerender, unmount } = renderHook(
      ({ label }) => useStream(stream, { fromSeq: 7, onEvent: (e) => seen.push(`${label}${e.seq}`) }),
      { initialProps: { label: 'a' } },
    );
    const socket = sockets[0]!;
    expect(socket.subscribes.map((s) => s.request)).toEqual([{ stream, afterSeq: 7 }]);

    act(() => {
      socket.fire('stream.event', event(9));
      socket.fire('stream.event', event(8));
      socket.acknowledge({ ok: true, stream, replayed: 2, headSeq: 9, reset: false });
    });
    rerender({ label: 'b' });
    act(() => {
      socket.fire('stream.event', event(9));
      socket.fire('stream.event', event(10));
    });
    expect(seen).toEqual(['a8', 'a9', 'b10']);
    expect(socket.subscribes).toHaveLength(1);

    unmount();
    expect(socket.unsubscribes).toEqual([stream]);
  });

  it('asks the page to reload when the server has reset the stream', () => {
    const resets: number[] = [];
    renderHook(() => useStream(stream, { fromSeq: 1, onEvent: () => undefined, onReset: (head) => resets.push(head) }));
    act(() => sockets[0]!.acknowledge({ ok: true, stream, replayed: 0, headSeq: 900, reset: true }));
    expect(resets).toEqual([900]);
  });

  it('waits for the stream name before subscribing', () => {
    const { rerender } = renderHook(({ name }) => useStream(name, { fromSeq: 0, onEvent: () => undefined }), {
      initialProps: { name: undefined as typeof stream | undefined },
    });
    expect(sockets).toHaveLength(0);
    rerender({ name: stream });
    expect(sockets[0]!.subscribes).toHaveLength(1);
  });

  it('follows again on a new connection after sign-out and in, from the last event the page applied', () => {
    renderHook(() => useStream(stream, { fromSeq: 3, onEvent: () => undefined }));
    act(() => {
      sockets[0]!.acknowledge({ ok: true, stream, replayed: 0, headSeq: 3, reset: false });
      sockets[0]!.fire('stream.event', event(4));
    });
    act(() => resetRealtime());
    expect(sockets[0]!.disconnected).toBe(true);
    expect(sockets[1]!.subscribes.map((s) => s.request)).toEqual([{ stream, afterSeq: 4 }]);
  });

  it('shows who is in the thread and who is typing, and sends typing notices', () => {
    const { result } = renderHook(() => {
      useStream(stream, { fromSeq: 0, onEvent: () => undefined });
      return useThreadPresence(threadId);
    });
    const socket = sockets[0]!;
    act(() => {
      socket.fire('thread.presence', { threadId, people: [ana] });
      socket.fire('thread.typing', { threadId, person: ana });
    });
    expect(result.current.people).toEqual([ana]);
    expect(result.current.typing).toEqual([ana]);

    act(() => result.current.notifyTyping());
    expect(socket.typingSent).toEqual([threadId]);
  });
});
