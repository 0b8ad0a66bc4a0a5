import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../../../test/support/data-source';
import type { AppConfig } from '../config/app-config';
import { MetricsService } from '../observability/metrics.service';
import { DomainEventHandlers } from './domain-event-handlers';
import type { DeliveredEvent } from './domain-events';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxService } from './outbox.service';

const config = { outbox: { dispatch: false, pollMs: 1000 } } as AppConfig;

describe('transactional outbox', () => {
  let dataSource: DataSource;
  let handlers: DomainEventHandlers;
  let sut: OutboxDispatcher;
  const outbox = new OutboxService();
  const newId = () => crypto.randomUUID();

  beforeAll(async () => {
    Logger.overrideLogger(false);
    dataSource = await openTestDataSource();
  });
  afterAll(() => dataSource.destroy());

  beforeEach(async () => {
    // Each test starts with nothing pending, so batches only hold this test's events.
    await dataSource.query('UPDATE outbox_events SET dispatched_at = now() WHERE dispatched_at IS NULL');
    handlers = new DomainEventHandlers();
    sut = new OutboxDispatcher(dataSource, handlers, config, { url: '', poolSize: 1 }, new MetricsService());
  });

  const received = () => {
    const events: DeliveredEvent<'organisation.created'>[] = [];
    handlers.subscribe('organisation.created', (event) => void events.push(event));
    return events;
  };

  it('records nothing when the surrounding transaction rolls back', async () => {
    const events = received();
    const organisationId = newId();
    await expect(
      dataSource.transaction(async (manager) => {
        await outbox.record(manager, 'organisation.created', { organisationId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await sut.dispatchBatch();
    expect(events).toEqual([]);
  });

  it('delivers a committed event once, with its payload, and marks it dispatched', async () => {
    const events = received();
    const organisationId = newId();
    await dataSource.transaction((manager) => outbox.record(manager, 'organisation.created', { organisationId }));
    await sut.dispatchBatch();
    await sut.dispatchBatch();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'organisation.created', payload: { organisationId }, attempt: 1 });
    const [row] = await dataSource.query('SELECT dispatched_at, attempts FROM outbox_events WHERE id = $1', [
      events[0]!.id,
    ]);
    expect(row.dispatched_at).toBeInstanceOf(Date);
    expect(row.attempts).toBe(1);
  });

  it('keeps a failed event with its error and retries it after a backoff', async () => {
    let calls = 0;
    handlers.subscribe('organisation.created', () => {
      calls += 1;
      if (calls === 1) throw new Error('search index unavailable');
    });
    await dataSource.transaction((manager) =>
      outbox.record(manager, 'organisation.created', { organisationId: newId() }),
    );
    await sut.dispatchBatch();
    const [failed] = await dataSource.query(
      `SELECT id, attempts, last_error, dispatched_at, available_at > now() AS backing_off FROM outbox_events ORDER BY id DESC LIMIT 1`,
    );
    expect(failed).toMatchObject({
      attempts: 1,
      last_error: 'Error: search index unavailable',
      dispatched_at: null,
      backing_off: true,
    });

    await sut.dispatchBatch();
    expect(calls).toBe(1); // not due yet
    await dataSource.query('UPDATE outbox_events SET available_at = now() WHERE id = $1', [failed.id]);
    await sut.dispatchBatch();
    expect(calls).toBe(2);
    const [done] = await dataSource.query(
      'SELECT attempts, last_error, dispatched_at FROM outbox_events WHERE id = $1',
      [failed.id],
    );
    expect(done).toMatchObject({ attempts: 2, last_error: null });
    expect(done.dispatched_at).toBeInstanceOf(Date);
  });

  it('hands each event to exactly one of several dispatchers running at once', async () => {
    const seen: string[] = [];
    const slowHandlers = new DomainEventHandlers();
    slowHandlers.subscribe('organisation.created', async (event) => {
      seen.push(event.payload.organisationId);
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    const ids = Array.from({ length: 30 }, newId);
    await dataSource.transaction((manager) =>
      outbox.recordMany(
        manager,
        'organisation.created',
        ids.map((organisationId) => ({ organisationId })),
      ),
    );
    const dispatchers = [1, 2, 3].map(
      () => new OutboxDispatcher(dataSource, slowHandlers, config, { url: '', poolSize: 1 }, new MetricsService()),
    );
    await Promise.all(dispatchers.map((d) => d.dispatchBatch()));
    await Promise.all(dispatchers.map((d) => d.dispatchBatch()));
    expect(seen.sort()).toEqual([...ids].sort());
  });
});
