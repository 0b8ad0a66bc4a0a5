import { Injectable, Logger } from '@nestjs/common';
import type { StreamEnvelope, StreamEventMap, StreamEventType, StreamName } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { RealtimeGateway } from './realtime.gateway';
import { StreamEventsRepository } from './stream-events.repository';

/**
 * How features publish real-time events, in two steps around their transaction:
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
 */
@Injectable()
export class StreamPublisher {
  private readonly logger = new Logger('StreamPublisher');

  constructor(
    private readonly events: StreamEventsRepository,
    private readonly gateway: RealtimeGateway,
  ) {}

  /** Records an event inside the caller's transaction; returns its envelope for `deliver`. */
  record<T extends StreamEventType>(manager: EntityManager, stream: StreamName, type: T, payload: StreamEventMap[T]): Promise<StreamEnvelope<StreamEventMap[T]>> {
    return this.events.append(manager, stream, type, payload);
  }

  /** Sends committed events to their streams' rooms on every node. Never throws. */
  deliver(...envelopes: StreamEnvelope[]): void {
    for (const envelope of envelopes) {
      try {
        this.gateway.emit(envelope);
      } catch (err) {
        this.logger.warn({ err, stream: envelope.stream, seq: envelope.seq }, 'Real-time delivery failed; clients catch up on their next subscription');
      }
    }
  }

  /** The latest sequence number of a stream (0 before its first event): pages return it as `streamSeq`. */
  headSeq(stream: StreamName, manager?: EntityManager): Promise<number> {
    return this.events.headSeq(stream, manager);
  }
}
