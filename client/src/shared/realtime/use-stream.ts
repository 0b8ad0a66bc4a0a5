import type { StreamEnvelope, StreamName } from '@commonroom/contracts';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { onRealtimeChange, realtime, realtimeResets } from './realtime-connection';

export interface UseStreamOptions {
  /** The stream position the page's data was loaded at (the `streamSeq` of a page response). */
  fromSeq: number;
  /** Each event after `fromSeq` exactly once, in order. */
  onEvent: (envelope: StreamEnvelope) => void;
  /**
   * The server no longer holds everything since `fromSeq` (the person was away long): reload
   * the page's data (e.g. invalidate its queries). Events continue after `headSeq`.
   */
  onReset?: (headSeq: number) => void;
}

/**
 * Follows a real-time stream while the component is mounted; pass `undefined` until the page's
 * data (and so `fromSeq`) has loaded. Ordering, de-duplication, gap detection and re-subscribing
 * after a reconnect are the shared `StreamCursor`'s. Handlers and `fromSeq` may change between
 * renders without subscribing again: the stream continues from the last event handed over.
 */
export function useStream(stream: StreamName | undefined, options: UseStreamOptions): void {
  const latest = useRef(options);
  latest.current = options;
  /** Where this page's data is on this stream, should it have to follow it on a new connection. */
  const position = useRef<{ stream: StreamName | undefined; seq: number }>({ stream, seq: options.fromSeq });
  if (position.current.stream !== stream) position.current = { stream, seq: options.fromSeq };
  const resets = useSyncExternalStore(onRealtimeChange, realtimeResets);

  useEffect(() => {
    if (!stream) return undefined;
    const at = position.current;
    return realtime().follow(stream, at.seq, {
      onEvent: (envelope) => {
        at.seq = envelope.seq;
        latest.current.onEvent(envelope);
      },
      onReset: (headSeq) => {
        at.seq = headSeq;
        latest.current.onReset?.(headSeq);
      },
    });
  }, [stream, resets]);
}
