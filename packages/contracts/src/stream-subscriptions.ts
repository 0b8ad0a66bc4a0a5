import { StreamCursor } from './stream-cursor.js';
import type { StreamEnvelope, StreamName, SubscribeAck, SubscribeRequest } from './streams.js';

/** The part of a socket.io client socket that stream subscriptions use. */
export interface StreamSocket {
  readonly connected: boolean;
  on(event: 'connect' | 'disconnect', listener: () => void): unknown;
  on(event: 'stream.event', listener: (envelope: StreamEnvelope) => void): unknown;
  off(event: 'connect' | 'disconnect', listener: () => void): unknown;
  off(event: 'stream.event', listener: (envelope: StreamEnvelope) => void): unknown;
  emit(event: 'stream.subscribe', request: SubscribeRequest, ack: (result: SubscribeAck) => void): unknown;
  emit(event: 'stream.unsubscribe', request: { stream: string }, ack: (result: { ok: boolean }) => void): unknown;
}

/** Someone following a stream. */
export interface StreamListener {
  onEvent?(envelope: StreamEnvelope): void;
  /** The server no longer holds what was missed: reload over HTTP; events continue after `headSeq`. */
  onReset?(headSeq: number): void;
  /** The stream does not exist or this person may not follow it (the server does not say which). */
  onRefused?(): void;
}

interface Subscription {
  readonly stream: StreamName;
  readonly cursor: StreamCursor;
  readonly listeners: Set<StreamListener>;
  /** Counts subscribe requests, so an answer to an older one is ignored. */
  attempt: number;
  refused: boolean;
}

/**
 * Every stream one socket follows, each with its own `StreamCursor`. Subscribes when asked and
 * again after every reconnect from the cursor's position, so a person who was away gets exactly
 * what they missed, once and in order. The browser and the server's tests both use this class.
 */
export class StreamSubscriptions {
  private readonly active = new Map<StreamName, Subscription>();

  constructor(private readonly socket: StreamSocket) {
    socket.on('connect', this.onConnect);
    socket.on('disconnect', this.onDisconnect);
    socket.on('stream.event', this.onEvent);
  }

  /**
   * Follows a stream from `fromSeq` (the position the page's data was loaded at). A second
   * listener on a stream already followed joins it where it is. Returns a function that stops.
   */
  follow(stream: StreamName, fromSeq: number, listener: StreamListener): () => void {
    let subscription = this.active.get(stream);
    if (!subscription) {
      const created: Subscription = {
        stream,
        listeners: new Set(),
        attempt: 0,
        refused: false,
        cursor: new StreamCursor(fromSeq, {
          apply: (envelope) => created.listeners.forEach((l) => l.onEvent?.(envelope)),
          reset: (headSeq) => created.listeners.forEach((l) => l.onReset?.(headSeq)),
          resubscribe: () => this.send(created),
        }),
      };
      subscription = created;
      this.active.set(stream, created);
      this.send(created);
    }
    subscription.listeners.add(listener);
    const followed = subscription;
    return () => this.stop(followed, listener);
  }

  /** The last sequence number applied on a stream, or undefined if it is not followed. */
  lastSeq(stream: StreamName): number | undefined {
    return this.active.get(stream)?.cursor.lastSeq;
  }

  /** Stops listening to the socket (it is being thrown away). */
  close(): void {
    this.active.clear();
    this.socket.off('connect', this.onConnect);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('stream.event', this.onEvent);
  }

  private stop(subscription: Subscription, listener: StreamListener): void {
    subscription.listeners.delete(listener);
    if (subscription.listeners.size > 0 || this.active.get(subscription.stream) !== subscription) return;
    this.active.delete(subscription.stream);
    if (this.socket.connected) this.socket.emit('stream.unsubscribe', { stream: subscription.stream }, () => undefined);
  }

  /**
   * Sends a subscription now if connected; otherwise the next `connect` sends it. (socket.io would
   * buffer an emit made while disconnected and send it after the reconnect's own subscribe.)
   */
  private send(subscription: Subscription): void {
    if (!this.socket.connected || subscription.refused) return;
    const attempt = ++subscription.attempt;
    const afterSeq = subscription.cursor.subscribe();
    this.socket.emit('stream.subscribe', { stream: subscription.stream, afterSeq }, (ack) => {
      if (this.active.get(subscription.stream) !== subscription || attempt !== subscription.attempt) return;
      subscription.cursor.acknowledged(ack);
      if (!ack.ok) {
        subscription.refused = true;
        subscription.listeners.forEach((l) => l.onRefused?.());
      }
    });
  }

  private readonly onConnect = (): void => {
    for (const subscription of this.active.values()) this.send(subscription);
  };

  private readonly onDisconnect = (): void => {
    for (const subscription of this.active.values()) {
      subscription.attempt++;
      subscription.cursor.disconnected();
    }
  };

  private readonly onEvent = (envelope: StreamEnvelope): void => {
    this.active.get(envelope.stream as StreamName)?.cursor.receive(envelope);
  };
}
