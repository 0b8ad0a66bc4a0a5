import { Injectable } from '@nestjs/common';
import type { DeliveredEvent, DomainEventHandler, DomainEventType } from './domain-events';

/**
 * Who listens to which event. Subscribers (search, notifications, real-time …) register in
 * their module's `onModuleInit`; features that emit events never import their subscribers.
 */
@Injectable()
export class DomainEventHandlers {
  private readonly handlers = new Map<DomainEventType, DomainEventHandler[]>();

  subscribe<T extends DomainEventType>(type: T, handler: DomainEventHandler<T>): () => void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler);
    this.handlers.set(type, list);
    return () =>
      this.handlers.set(
        type,
        (this.handlers.get(type) ?? []).filter((h) => h !== handler),
      );
  }

  /** Runs every handler of the event's type; the first failure fails the delivery (it is retried). */
  async deliver(event: DeliveredEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) {
      await handler(event);
    }
  }
}
