import type { StreamEnvelope, StreamEventMap, StreamEventType, StreamName } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The port features publish real-time events through, in two steps around their transaction:
 *
 * ```ts
 * const envelopes = await dataSource.transaction(async (m) => {
 *   // …the change…
 *   return [await publisher.record(m, streams.thread(id), 'post.created', { post })];
 * });
 * publisher.deliver(...envelopes);
 * ```
 *
 * `record` gives the event the stream's next sequence number in the same transaction as the
 * change, so an event exists exactly when its change does. `deliver` pushes it to the stream's
 * room after commit. If delivery fails, or the process dies between commit and `deliver`, no one
 * is told at once; but the event is stored, and a client gets it on its next subscription: it
 * subscribes again when it sees the following event skip a number, and after every reconnect.
 *
 * An abstract class so that it is its own injection token: features inject `StreamPublisher`
 * and never learn that socket.io (`SocketIoStreamPublisher`) is behind it.
 */
export abstract class StreamPublisher {
  /** Records an event inside the caller's transaction; returns its envelope for `deliver`. */
  abstract record<T extends StreamEventType>(
    manager: EntityManager,
    stream: StreamName,
    type: T,
    payload: StreamEventMap[T],
  ): Promise<StreamEnvelope<StreamEventMap[T]>>;

  /**
   * Records one event on each of many streams (each at most once) in one statement: a notice to
   * thousands of people is one round trip, not thousands.
   */
  abstract recordMany<T extends StreamEventType>(
    manager: EntityManager,
    type: T,
    items: { stream: StreamName; payload: StreamEventMap[T] }[],
  ): Promise<StreamEnvelope<StreamEventMap[T]>[]>;

  /** Sends committed events to their streams' followers on every node. Never throws. */
  abstract deliver(...envelopes: StreamEnvelope[]): void;

  /** The latest sequence number of a stream (0 before its first event): pages return it as `streamSeq`. */
  abstract headSeq(stream: StreamName, manager?: EntityManager): Promise<number>;
}
