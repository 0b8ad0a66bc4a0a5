import type {
  PersonRef,
  StreamEnvelope,
  StreamEventMap,
  StreamEventType,
  SubscribeAck,
  SubscribeRequest,
} from '@commonroom/contracts';
import { act } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setRealtimeSocketFactory } from '../shared/realtime';
import { FakeRealtimeSocket } from './fake-realtime-socket';

/** Answers every subscription at once, with nothing to replay, as a server with no news would. */
class ServerSocket extends FakeRealtimeSocket {
  override emit(
    event: string,
    request: SubscribeRequest | { stream: string } | { threadId: string },
    ack?: (result: never) => void,
  ): this {
    super.emit(event, request, ack);
    if (event === 'stream.subscribe' && ack) {
      const { stream, afterSeq } = request as SubscribeRequest;
      (ack as (result: SubscribeAck) => void)({ ok: true, stream, replayed: 0, headSeq: afterSeq, reset: false });
    }
    return this;
  }
}

/**
 * Plays the real-time server for a page test: the page's real hooks (`useStream`,
 * `useThreadPresence`) run over an in-memory socket, and the test sends what the server would,
 * each event next in its stream's sequence.
 */
export function useRealtimeServer() {
  let socket = new ServerSocket();
  const heads = new Map<string, number>();
  beforeEach(() => {
    socket = new ServerSocket();
    heads.clear();
    setRealtimeSocketFactory(() => socket);
  });
  afterEach(() => setRealtimeSocketFactory(undefined));

  const subscription = (stream: string) =>
    socket.subscribes.findLast((sent) => sent.request.stream === stream)?.request;
  return {
    /** The position the page followed `stream` from, or undefined if it does not follow it. */
    subscribedFrom: (stream: string) => subscription(stream)?.afterSeq,
    deliver<T extends StreamEventType>(stream: string, type: T, payload: StreamEventMap[T]): void {
      const followed = subscription(stream);
      if (!followed) throw new Error(`The page does not follow ${stream}`);
      const seq = (heads.get(stream) ?? followed.afterSeq) + 1;
      heads.set(stream, seq);
      const envelope: StreamEnvelope = { stream, seq, type, payload, occurredAt: new Date().toISOString() };
      act(() => socket.fire('stream.event', envelope));
    },
    presence(threadId: string, people: PersonRef[]): void {
      act(() => socket.fire('thread.presence', { threadId, people }));
    },
  };
}
