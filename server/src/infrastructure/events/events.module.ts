import { Global, Module } from '@nestjs/common';
import { DomainEventHandlers } from './domain-event-handlers';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxService } from './outbox.service';

@Global()
@Module({
  providers: [OutboxService, DomainEventHandlers, OutboxDispatcher],
  exports: [OutboxService, DomainEventHandlers, OutboxDispatcher],
})
export class EventsModule {}
