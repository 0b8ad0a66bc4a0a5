import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OUTBOX_CHANNEL, type DomainEventMap, type DomainEventType } from './domain-events';

/**
 * Records domain events inside the caller's transaction. If the transaction rolls back, the
 * event never existed; if it commits, the dispatcher will deliver it even if this process dies
 * straight after the commit.
 */
@Injectable()
export class OutboxService {
  async record<T extends DomainEventType>(manager: EntityManager, type: T, payload: DomainEventMap[T]): Promise<void> {
    await this.recordMany(manager, type, [payload]);
  }

  /** Records many events of one type in one statement (bulk imports and seeds). */
  async recordMany<T extends DomainEventType>(
    manager: EntityManager,
    type: T,
    payloads: DomainEventMap[T][],
  ): Promise<void> {
    if (payloads.length === 0) return;
    await manager.query(
      'INSERT INTO outbox_events (type, payload) SELECT $1, p FROM jsonb_array_elements($2::jsonb) AS p',
      [type, JSON.stringify(payloads)],
    );
    // NOTIFY inside a transaction is delivered on commit, and only then.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, type]);
  }
}
