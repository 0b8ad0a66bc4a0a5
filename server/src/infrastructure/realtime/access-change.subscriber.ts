import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEventHandlers } from '../events/domain-event-handlers';
import { StreamAccessRecheck } from './stream-access-recheck';

/**
 * The safety net behind `RealtimeAccess`: every change recorded in the outbox that can take
 * access away re-checks the person's connections on every node, whichever path made the change
 * (a facilitator's removal, an import, a job). Within the outbox's delay, usually milliseconds.
 */
@Injectable()
export class AccessChangeSubscriber implements OnModuleInit {
  constructor(
    private readonly handlers: DomainEventHandlers,
    private readonly access: StreamAccessRecheck,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('community.membership_changed', async ({ payload }) => {
      if (payload.change !== 'joined') await this.access.accessChanged(payload.userId);
    });
    this.handlers.subscribe('affiliation.changed', ({ payload }) => this.access.accessChanged(payload.userId));
    this.handlers.subscribe('session.revoked', ({ payload }) => this.access.accessChanged(payload.userId));
  }
}
