import { describe, expect, it } from 'vitest';
import { StreamCursor } from './stream-cursor.js';
import type { StreamEnvelope, SubscribeAck } from './streams.js';

const stream = 'thread:2b1f6c1e-8d4b-4d38-9a57-6f7e0d1c2a3b';
const event = (seq: number): StreamEnvelope => ({
  stream,
  seq,
  type: 'post.created',
  payload: { n: seq },
  occurredAt: '2025-01-01T00:00:00.000Z',
});
const ok = (headSeq: number): SubscribeAck => ({ ok: true, stream, replayed: 0, headSeq, reset: false });

/** A cursor whose owner records what it was told to do. */
function cursorFrom(fromSeq: number) {
  const log = { applied: [] as number[], resets: [] as number[], resubscribes: 0 };
  const cursor = new StreamCursor(fromSeq, {
    apply: (e) => log.applied.push(e.seq),
    reset: (head) => log.resets.push(head),
    resubscribe: () => log.resubscribes++,
  });
  return { cursor, log };
}

/** A cursor whose first subscription (with nothing to replay) has been answered. */
function liveCursor() {
  const made = cursorFrom(0);
  made.cursor.subscribe();
  made.cursor.acknowledged(ok(0));
  return made;
}

describe('StreamCursor', () => {
  it('holds the replay and live events that interleave with it, then applies them once, in order', () => {
    const { cursor, log } = cursorFrom(3);
    expect(cursor.subscribe()).toBe(3);
    for (const seq of [4, 7, 5, 6, 7, 3, 8]) cursor.receive(event(seq));
    expect(log.applied).toEqual([]);

    cursor.acknowledged(ok(7));
    expect(log.applied).toEqual([4, 5, 6, 7, 8]);
    expect(cursor.lastSeq).toBe(8);
    expect(log.resubscribes).toBe(0);
  });

  it('drops events it already has', () => {
    const { cursor, log } = liveCursor();
    for (const seq of [1, 2, 1, 2, 3]) cursor.receive(event(seq));
    expect(log.applied).toEqual([1, 2, 3]);
  });

  it('asks to subscribe again from the last applied event when it sees a gap, and fills it from the replay', () => {
    const { cursor, log } = liveCursor();
    cursor.receive(event(1));
    cursor.receive(event(3));
    expect(log.applied).toEqual([1]);
    expect(log.resubscribes).toBe(1);
    expect(cursor.subscribing).toBe(true);

    expect(cursor.subscribe()).toBe(1);
    cursor.receive(event(2));
    cursor.receive(event(3));
    cursor.acknowledged(ok(3));
    expect(log.applied).toEqual([1, 2, 3]);
    expect(log.resubscribes).toBe(1);
  });

  it('applies an event that arrived ahead of its predecessor as soon as the predecessor comes', () => {
    const { cursor, log } = liveCursor();
    cursor.receive(event(2));
    cursor.receive(event(1));
    expect(log.applied).toEqual([]);
    cursor.subscribe();
    cursor.acknowledged(ok(2));
    expect(log.applied).toEqual([1, 2]);
  });

  it('asks again when events committed after the replay still leave a gap', () => {
    const { cursor, log } = cursorFrom(0);
    cursor.subscribe();
    cursor.receive(event(1));
    cursor.receive(event(3));
    cursor.acknowledged(ok(1));
    expect(log.applied).toEqual([1]);
    expect(log.resubscribes).toBe(1);
  });

  it('continues from the head and asks for a reload when the server has reset the stream', () => {
    const { cursor, log } = cursorFrom(2);
    cursor.subscribe();
    cursor.receive(event(41));
    cursor.acknowledged({ ok: true, stream, replayed: 0, headSeq: 40, reset: true });
    expect(log.resets).toEqual([40]);
    expect(log.applied).toEqual([41]);
    cursor.receive(event(42));
    expect(log.applied).toEqual([41, 42]);
  });

  it('resets instead of looping when the server acknowledges a head it did not replay', () => {
    const { cursor, log } = cursorFrom(0);
    cursor.subscribe();
    cursor.receive(event(1));
    cursor.acknowledged(ok(5));
    expect(log.applied).toEqual([1]);
    expect(log.resets).toEqual([5]);
    expect(cursor.lastSeq).toBe(5);
    expect(log.resubscribes).toBe(0);
  });

  it('forgets held events when the subscription is refused', () => {
    const { cursor, log } = cursorFrom(0);
    cursor.subscribe();
    cursor.receive(event(1));
    cursor.acknowledged({ ok: false, code: 'not_found' });
    expect(log.applied).toEqual([]);
    expect(cursor.subscribing).toBe(false);
  });
});
