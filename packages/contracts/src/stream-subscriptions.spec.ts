import { describe, expect, it } from 'vitest';
import { FakeStreamSocket } from './testing/index.js';
import { StreamSubscriptions } from './stream-subscriptions.js';
import { streams, type StreamEnvelope } from './streams.js';

const thread = streams.thread('2b1f6c1e-8d4b-4d38-9a57-6f7e0d1c2a3b');
const community = streams.community('7c0d3a52-1f0e-4c1b-8a3e-5d2b9f4e6a71');
const event = (stream: string, seq: number): StreamEnvelope => ({
  stream,
  seq,
  type: 'post.created',
  payload: {},
  occurredAt: '2025-01-01T00:00:00.000Z',
});

describe('StreamSubscriptions', () => {
  it('subscribes from the page position and hands events to every listener of that stream only', () => {
    const socket = new FakeStreamSocket();
    const subscriptions = new StreamSubscriptions(socket);
    const got: string[] = [];
    subscriptions.follow(thread, 4, { onEvent: (e) => got.push(`a${e.seq}`) });
    subscriptions.follow(thread, 4, { onEvent: (e) => got.push(`b${e.seq}`) });
    expect(socket.subscribes.map((s) => s.request)).toEqual([{ stream: thread, afterSeq: 4 }]);

    socket.fire('stream.event', event(thread, 5));
    socket.acknowledge({ ok: true, stream: thread, replayed: 1, headSeq: 5, reset: false });
    socket.fire('stream.event', event(community, 6));
    expect(got).toEqual(['a5', 'b5']);
    expect(subscriptions.lastSeq(thread)).toBe(5);
  });

  it('after a reconnect subscribes again from the last applied event and ignores answers to the old request', () => {
    const socket = new FakeStreamSocket();
    const subscriptions = new StreamSubscriptions(socket);
    const got: number[] = [];
    subscriptions.follow(thread, 0, { onEvent: (e) => got.push(e.seq) });
    const first = socket.subscribes[0]!;
    first.ack({ ok: true, stream: thread, replayed: 0, headSeq: 0, reset: false });
    socket.fire('stream.event', event(thread, 1));

    socket.drop();
    socket.reconnect();
    expect(socket.subscribes.at(-1)!.request).toEqual({ stream: thread, afterSeq: 1 });
    first.ack({ ok: true, stream: thread, replayed: 0, headSeq: 9, reset: false });
    expect(subscriptions.lastSeq(thread)).toBe(1);

    socket.fire('stream.event', event(thread, 2));
    socket.fire('stream.event', event(thread, 3));
    socket.acknowledge({ ok: true, stream: thread, replayed: 2, headSeq: 3, reset: false });
    expect(got).toEqual([1, 2, 3]);
  });

  it('subscribes again on a gap, but only once connected', () => {
    const socket = new FakeStreamSocket();
    const subscriptions = new StreamSubscriptions(socket);
    subscriptions.follow(thread, 0, {});
    socket.acknowledge({ ok: true, stream: thread, replayed: 0, headSeq: 0, reset: false });
    socket.fire('stream.event', event(thread, 2));
    expect(socket.subscribes.map((s) => s.request.afterSeq)).toEqual([0, 0]);

    socket.drop();
    expect(socket.subscribes).toHaveLength(2);
    socket.reconnect();
    expect(socket.subscribes).toHaveLength(3);
  });

  it('tells listeners about a refusal and does not ask again after reconnecting', () => {
    const socket = new FakeStreamSocket();
    const subscriptions = new StreamSubscriptions(socket);
    let refused = 0;
    subscriptions.follow(community, 0, { onRefused: () => refused++ });
    socket.acknowledge({ ok: false, code: 'not_found' });
    socket.drop();
    socket.reconnect();
    expect(refused).toBe(1);
    expect(socket.subscribes).toHaveLength(1);
  });

  it('unsubscribes when the last listener leaves', () => {
    const socket = new FakeStreamSocket();
    const subscriptions = new StreamSubscriptions(socket);
    const stopA = subscriptions.follow(thread, 0, {});
    const stopB = subscriptions.follow(thread, 0, {});
    stopA();
    expect(socket.unsubscribes).toEqual([]);
    stopB();
    expect(socket.unsubscribes).toEqual([thread]);
    expect(subscriptions.lastSeq(thread)).toBeUndefined();
  });
});
