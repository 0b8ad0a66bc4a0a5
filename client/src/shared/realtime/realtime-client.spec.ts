import { streams, type PersonRef } from '@commonroom/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRealtimeSocket } from '../../test/fake-realtime-socket';
import { RealtimeClient, TYPING_SEND_EVERY_MS, TYPING_SHOWN_MS } from './realtime-client';

const threadId = '2b1f6c1e-8d4b-4d38-9a57-6f7e0d1c2a3b';
const stream = streams.thread(threadId);
const ana: PersonRef = { id: '11111111-1111-4111-8111-111111111111', displayName: 'Ana' };
const ben: PersonRef = { id: '22222222-2222-4222-8222-222222222222', displayName: 'Ben' };

describe('RealtimeClient', () => {
  let socket: FakeRealtimeSocket;
  let clock: number;
  let client: RealtimeClient;

  beforeEach(() => {
    vi.useFakeTimers();
    socket = new FakeRealtimeSocket();
    clock = 0;
    client = new RealtimeClient(socket, () => clock);
  });
  afterEach(() => vi.useRealTimers());

  it('keeps who is in a thread, as the same array until it changes, and forgets it when the connection drops', () => {
    const changes = vi.fn();
    client.onChange(changes);
    client.follow(stream, 0, {});
    socket.fire('thread.presence', { threadId, people: [ana, ben] });
    const people = client.presenceIn(threadId);
    expect(people).toEqual([ana, ben]);
    expect(client.presenceIn(threadId)).toBe(people);
    expect(changes).toHaveBeenCalledTimes(1);

    socket.drop();
    expect(client.presenceIn(threadId)).toEqual([]);
  });

  it('shows someone as typing until a few seconds after their last notice', () => {
    client.follow(stream, 0, {});
    socket.fire('thread.typing', { threadId, person: ana });
    expect(client.typingIn(threadId)).toEqual([ana]);
    vi.advanceTimersByTime(TYPING_SHOWN_MS - 1000);
    socket.fire('thread.typing', { threadId, person: ana });
    socket.fire('thread.typing', { threadId, person: ben });
    expect(client.typingIn(threadId)).toEqual([ana, ben]);
    vi.advanceTimersByTime(TYPING_SHOWN_MS - 1);
    expect(client.typingIn(threadId)).toEqual([ana, ben]);
    vi.advanceTimersByTime(1);
    expect(client.typingIn(threadId)).toEqual([]);
  });

  it('sends typing notices only for a followed thread, at most every two seconds', () => {
    client.notifyTyping(threadId);
    expect(socket.typingSent).toEqual([]);

    client.follow(stream, 0, {});
    client.notifyTyping(threadId);
    clock += TYPING_SEND_EVERY_MS - 1;
    client.notifyTyping(threadId);
    expect(socket.typingSent).toEqual([threadId]);
    clock += 1;
    client.notifyTyping(threadId);
    expect(socket.typingSent).toEqual([threadId, threadId]);
  });

  it('forgets a thread’s presence and typing when its stream is no longer followed', () => {
    const stop = client.follow(stream, 0, {});
    socket.fire('thread.presence', { threadId, people: [ana] });
    socket.fire('thread.typing', { threadId, person: ben });
    stop();
    expect(socket.unsubscribes).toEqual([stream]);
    expect(client.presenceIn(threadId)).toEqual([]);
    expect(client.typingIn(threadId)).toEqual([]);
  });

  it('disconnects for good when closed', () => {
    client.follow(stream, 0, {});
    client.close();
    expect(socket.disconnected).toBe(true);
    socket.fire('thread.presence', { threadId, people: [ana] });
    expect(client.presenceIn(threadId)).toEqual([]);
  });
});
