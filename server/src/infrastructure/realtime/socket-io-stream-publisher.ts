import { Injectable, Logger } from '@nestjs/common';
import type { StreamEnvelope, StreamEventMap, StreamEventType, StreamName } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { RealtimeGateway } from './realtime.gateway';
import { StreamEventsRepository } from './stream-events.repository';
import { StreamPublisher } from './stream-publisher';

/** `StreamPublisher` on socket.io: events logged in PostgreSQL, delivered to the gateway's rooms. */
@Injectable()
export class SocketIoStreamPublisher extends StreamPublisher {
  private readonly logger = new Logger('StreamPublisher');

  constructor(
    private readonly events: StreamEventsRepository,
    private readonly gateway: RealtimeGateway,
  ) {
    super();
  }

  record<T extends StreamEventType>(
    manager: EntityManager,
    stream: StreamName,
    type: T,
    payload: StreamEventMap[T],
  ): Promise<StreamEnvelope<StreamEventMap[T]>> {
    return this.events.append(manager, stream, type, payload);
  }

  recordMany<T extends StreamEventType>(
    manager: EntityManager,
    type: T,
    items: { stream: StreamName; payload: StreamEventMap[T] }[],
  ): Promise<StreamEnvelope<StreamEventMap[T]>[]> {
    return this.events.appendMany(manager, type, items);
  }

  deliver(...envelopes: StreamEnvelope[]): void {
    if (envelopes.length > 1) return this.deliverMany(envelopes);
    for (const envelope of envelopes) {
      try {
        this.gateway.emit(envelope);
      } catch (err) {
        const where = { err, stream: envelope.stream, seq: envelope.seq };
        this.logger.warn(where, 'Real-time delivery failed; clients catch up on their next subscription');
      }
    }
  }

  private deliverMany(envelopes: StreamEnvelope[]): void {
    try {
      this.gateway.emitMany(envelopes);
    } catch (err) {
      this.logger.warn({ err, events: envelopes.length }, 'Real-time delivery failed; clients catch up');
    }
  }

  headSeq(stream: StreamName, manager?: EntityManager): Promise<number> {
    return this.events.headSeq(stream, manager);
  }
}
