import { DataSource } from 'typeorm';
import { DomainEventHandlers } from '../../src/infrastructure/events/domain-event-handlers';
import { OutboxDispatcher } from '../../src/infrastructure/events/outbox.dispatcher';
import { JobQueue } from '../../src/infrastructure/jobs/job-queue';
import type { DomainEventType } from '../../src/infrastructure/events/domain-events';
import type { TestApp } from './test-app';

/**
 * Delivers a recorded outbox event again, as the dispatcher would after a failure elsewhere in its
 * batch: the newest event of the type whose payload has `field` = `value`.
 */
export async function redeliver(app: TestApp, type: DomainEventType, field: string, value: string): Promise<void> {
  const [row] = (await app.app
    .get(DataSource)
    .query(
      `SELECT id, payload, occurred_at FROM outbox_events WHERE type = $1 AND payload->>$2 = $3 ORDER BY id DESC LIMIT 1`,
      [type, field, value],
    )) as { id: string; payload: never; occurred_at: Date }[];
  if (!row) throw new Error(`No ${type} event with ${field} = ${value}`);
  await app.app
    .get(DomainEventHandlers)
    .deliver({ id: row.id, type, payload: row.payload, occurredAt: row.occurred_at, attempt: 2 });
}

/**
 * Lets everything a request set going in this process finish: outbox events (search, notices) and
 * the jobs they queue (emails). For tests that count what a later request costs.
 */
export async function settleBackgroundWork(app: TestApp): Promise<void> {
  await app.app.get(OutboxDispatcher).drain();
  await app.app.get(JobQueue).drain();
}
