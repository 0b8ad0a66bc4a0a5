import type { StreamEnvelope, SubscribeAck } from './streams.js';

/** What a cursor asks of whoever owns it. */
export interface StreamCursorHandlers {
  /** Each event exactly once, in sequence order. */
  apply(envelope: StreamEnvelope): void;
  /**
   * The server no longer holds everything after our position: reload the data over HTTP. The
   * cursor continues from `headSeq`.
   */
  reset(headSeq: number): void;
  /** A gap was seen: send `stream.subscribe` again, with `afterSeq` from `subscribe()`. */
  resubscribe(): void;
}

/**
 * The client's side of a stream's sequencing, shared by the browser and the server's tests so
 * both run the same rules: apply an event only when `seq === lastSeq + 1`, drop `seq <= lastSeq`,
 * hold everything that arrives while a subscription is being answered (the replay and live events
 * can interleave), and on a gap subscribe again from `lastSeq`. Knows nothing about sockets.
 */
export class StreamCursor {
  private last: number;
  private pending = false;
  private readonly held = new Map<number, StreamEnvelope>();

  constructor(
    fromSeq: number,
    private readonly handlers: StreamCursorHandlers,
  ) {
    this.last = fromSeq;
  }

  /** The sequence number of the last event applied (or the position the data was loaded at). */
  get lastSeq(): number {
    return this.last;
  }

  /** Whether a subscription was sent and its acknowledgement has not come yet. */
  get subscribing(): boolean {
    return this.pending;
  }

  /** Call when sending `stream.subscribe`; returns the `afterSeq` to send. */
  subscribe(): number {
    this.pending = true;
    return this.last;
  }

  /** The connection dropped: whatever was in flight is answered by the next subscription. */
  disconnected(): void {
    this.pending = false;
  }

  receive(envelope: StreamEnvelope): void {
    if (envelope.seq <= this.last) return;
    this.held.set(envelope.seq, envelope);
    if (this.pending) return;
    this.applyHeld();
    if (this.held.size > 0) this.askAgain();
  }

  acknowledged(ack: SubscribeAck): void {
    this.pending = false;
    if (!ack.ok) {
      this.held.clear();
      return;
    }
    if (ack.reset) {
      this.jumpTo(ack.headSeq);
      return;
    }
    this.applyHeld();
    // The server replays everything up to its head before acknowledging. Falling short of it
    // means it could not give us an event it claims to have: start over rather than loop.
    const firstHeld = this.held.size > 0 ? Math.min(...this.held.keys()) : undefined;
    if (this.last < ack.headSeq || (firstHeld !== undefined && firstHeld <= ack.headSeq)) {
      this.jumpTo(ack.headSeq);
      return;
    }
    // Held events after the head were committed after the replay was read, and one before them
    // is still on its way (writers on different nodes deliver in any order): ask again.
    if (this.held.size > 0) this.askAgain();
  }

  private applyHeld(): void {
    for (let next = this.held.get(this.last + 1); next; next = this.held.get(this.last + 1)) {
      this.held.delete(next.seq);
      this.last = next.seq;
      this.handlers.apply(next);
    }
    for (const seq of this.held.keys()) if (seq <= this.last) this.held.delete(seq);
  }

  private jumpTo(headSeq: number): void {
    this.last = headSeq;
    for (const seq of this.held.keys()) if (seq <= headSeq) this.held.delete(seq);
    this.handlers.reset(headSeq);
    this.applyHeld();
    if (this.held.size > 0) this.askAgain();
  }

  private askAgain(): void {
    this.pending = true;
    this.handlers.resubscribe();
  }
}
