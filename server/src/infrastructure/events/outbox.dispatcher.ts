import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DATABASE_CONNECTION } from '../database/database.tokens';
import { MetricsService } from '../observability/metrics.service';
import type { DatabaseConnection } from '../database/data-source';
import { DomainEventHandlers } from './domain-event-handlers';
import { OUTBOX_CHANNEL, type DomainEventType } from './domain-events';

const BATCH_SIZE = 100;
const MAX_BACKOFF_SECONDS = 3600;
const RELISTEN_AFTER_MS = 2000;
const LISTEN_CONNECT_TIMEOUT_MS = 5000;

interface PendingRow {
  id: string;
  type: DomainEventType;
  payload: never;
  occurred_at: Date;
  attempts: number;
}

/**
 * Delivers recorded events after commit. Woken at once by NOTIFY, with polling as a fallback.
 * Several app nodes can run it: `FOR UPDATE SKIP LOCKED` hands each event to one of them. A
 * failed delivery is retried with exponential backoff; the error is kept, the payload is not
 * logged.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxDispatcher');
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private failing = false;
  private relistenTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: DomainEventHandlers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.outbox.dispatch) return;
    this.timer = setInterval(() => this.wake(), this.config.outbox.pollMs);
    this.timer.unref();
    await this.listen();
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    await this.draining;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /**
   * LISTEN on a connection of its own. When PostgreSQL goes away that connection is lost for
   * good: polling carries on (and fails quietly until the database is back) while a new one is
   * opened every few seconds.
   */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.connection.url,
      connectionTimeoutMillis: LISTEN_CONNECT_TIMEOUT_MS,
    });
    this.listener = client;
    client.on('notification', () => this.wake());
    client.on('error', (err) => {
      this.logger.warn({ err }, 'Outbox listener connection lost; polling continues and it reconnects');
    });
    client.on('end', () => this.relisten(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      // Events committed while nobody was listening are picked up now rather than at the next poll.
      this.wake();
    } catch {
      this.relisten(client);
      await client.end().catch(() => undefined);
    }
  }

  private relisten(client: pg.Client): void {
    if (this.stopped || this.listener !== client) return;
    this.listener = undefined;
    this.relistenTimer = setTimeout(() => void this.listen(), RELISTEN_AFTER_MS);
    this.relistenTimer.unref();
  }

  /** Delivers everything due now; resolves when the backlog is empty (used by tests and the CLI). */
  async drain(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.run().finally(() => {
      this.draining = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped && (await this.dispatchBatch()) === BATCH_SIZE);
      if (this.failing) this.logger.log('Outbox dispatch resumed');
      this.failing = false;
    } catch (err) {
      // Once per outage, not once per poll: the events wait in the table and are delivered later.
      if (!this.failing) this.logger.error({ err }, 'Outbox dispatch failed; retrying at every poll');
      this.failing = true;
    }
  }

  /** One transaction: lock a batch of due events, deliver each, record the outcome. */
  async dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, type, payload, occurred_at, attempts FROM outbox_events
          WHERE dispatched_at IS NULL AND available_at <= now()
          ORDER BY available_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      for (const row of rows) {
        const attempt = row.attempts + 1;
        try {
          await this.handlers.deliver({
            id: row.id,
            type: row.type,
            payload: row.payload,
            occurredAt: row.occurred_at,
            attempt,
          });
          await manager.query(
            'UPDATE outbox_events SET dispatched_at = now(), attempts = $2, last_error = NULL WHERE id = $1',
            [row.id, attempt],
          );
          this.metrics.outboxDelivered.inc({ outcome: 'delivered' });
        } catch (error) {
          const backoff = Math.min(2 ** attempt, MAX_BACKOFF_SECONDS);
          const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          this.metrics.outboxDelivered.inc({ outcome: 'failed' });
          this.logger.warn({ eventId: row.id, type: row.type, attempt }, 'Outbox delivery failed; will retry');
          await manager.query(
            `UPDATE outbox_events SET attempts = $2, last_error = $3, available_at = now() + make_interval(secs => $4) WHERE id = $1`,
            [row.id, attempt, reason.slice(0, 500), backoff],
          );
        }
      }
      return rows.length;
    });
  }
}
