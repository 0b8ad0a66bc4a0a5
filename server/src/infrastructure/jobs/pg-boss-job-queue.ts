import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { returningRows } from '../database/returning-rows';
import type { MetricsService } from '../observability/metrics.service';
import {
  deadLetterOf,
  JobQueue,
  type BatchOutcome,
  type EnqueueOptions,
  type JobHandler,
  type QueueSpec,
} from './job-queue';

export const JOBS_SCHEMA = 'pgboss';
const POOL_SIZE = 3;
const STOP_TIMEOUT_MS = 10_000;
const WORKER_SETTLE_MS = 1100;
/** drain() checks after 100 ms, then backs off to once a second. */
const DRAIN_STEP_MS = { first: 100, max: 1000 };
/** PostgreSQL's deadlock_detected. */
const DEADLOCK = '40P01';
const DEFAULTS = { retryLimit: 8, retryDelaySeconds: 30, expireInSeconds: 300, batchSize: 1, concurrency: 1 };

export interface JobQueueOptions {
  url: string;
  /** Run workers (and pg-boss maintenance and cron) in this process. */
  work: boolean;
  pollSeconds: number;
}

interface Defined {
  spec: Required<QueueSpec>;
  handler: JobHandler<object>;
  created: Promise<void>;
}

/**
 * The job queue on pg-boss 10 with a small pool of its own. pg-boss fetches with SKIP LOCKED, so
 * any number of nodes can work the same queues; each job runs on one of them at a time.
 */
export class PgBossJobQueue extends JobQueue {
  private readonly logger = new Logger('JobQueue');
  readonly boss: PgBoss;
  private readonly queues = new Map<string, Defined>();
  private readonly workers = new Map<string, string[]>();
  private started: Promise<void> | undefined;
  private working = false;
  private failing = false;
  private settledAt = 0;

  constructor(
    private readonly options: JobQueueOptions,
    private readonly metrics: MetricsService,
  ) {
    super();
    this.boss = new PgBoss({
      connectionString: options.url,
      schema: JOBS_SCHEMA,
      max: POOL_SIZE,
      application_name: 'commonroom-jobs',
      // Only working nodes archive, expire and run cron; every node may send.
      supervise: options.work,
      schedule: options.work,
      migrate: true,
    });
    this.boss.on('error', (err) => this.onError(err));
  }

  private creating: Promise<unknown> = Promise.resolve();

  /** Installs or migrates the `pgboss` schema (advisory-locked, so nodes may start together). */
  start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  /** The queues defined in this process, in definition order. */
  queueNames(): string[] {
    return [...this.queues.keys()];
  }

  define<T extends object>(spec: QueueSpec, handler: JobHandler<T>): void {
    if (this.queues.has(spec.name)) throw new Error(`The job queue ${spec.name} is defined twice`);
    const full = { ...DEFAULTS, ...spec };
    // One queue at a time: pg-boss's createQueue adds partitions, and concurrent ones deadlock.
    const created = this.creating.then(() => this.start()).then(() => this.createQueue(full));
    this.creating = created.catch(() => undefined);
    // An unhandled rejection here would crash the process; send() and work() await it and report it.
    created.catch(() => undefined);
    this.queues.set(spec.name, { spec: full, handler: handler as Defined['handler'], created });
    if (this.working) void created.then(() => this.startWorkers(spec.name));
  }

  async send<T extends object>(queue: string, data: T, options: EnqueueOptions = {}): Promise<string | null> {
    await this.ready(queue);
    const id = await this.boss.send(queue, data, {
      // pg-boss's `short` policy allows one *waiting* job per key; a job without a key gets a unique one.
      singletonKey: options.key ?? randomUUID(),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.manager ? { db: transactionDb(options.manager) } : {}),
    });
    if (id && !options.manager) this.wake(queue);
    return id;
  }

  async sendMany<T extends object>(
    queue: string,
    items: { data: T; key?: string; startAfter?: Date }[],
    manager?: EntityManager,
  ): Promise<void> {
    if (items.length === 0) return;
    await this.ready(queue);
    const jobs = items.map((item) => ({
      name: queue,
      data: item.data,
      singletonKey: item.key ?? randomUUID(),
      ...(item.startAfter ? { startAfter: item.startAfter.toISOString() } : {}),
    }));
    await this.boss.insert(jobs, manager ? { db: transactionDb(manager) } : {});
    if (!manager) this.wake(queue);
  }

  async schedule(queue: string, cron: string, data: object = {}): Promise<void> {
    await this.ready(queue);
    await this.boss.schedule(queue, cron, data, { tz: 'Europe/London', singletonKey: `schedule:${queue}` });
  }

  async drain(queues?: string[], timeoutMs = 30_000): Promise<void> {
    const names = queues ?? this.queueNames();
    await Promise.all(names.map((name) => this.ready(name)));
    const deadline = Date.now() + timeoutMs;
    for (let step = DRAIN_STEP_MS.first; ; step = Math.min(step * 2, DRAIN_STEP_MS.max)) {
      if (!(await this.anyDue(names))) return;
      if (Date.now() > deadline) throw new Error(`Jobs still due after ${timeoutMs} ms`);
      names.forEach((name) => this.wake(name));
      await new Promise((resolve) => setTimeout(resolve, step));
    }
  }

  /** Starts the workers of every defined queue (called on bootstrap when JOBS_WORK is on). */
  async work(): Promise<void> {
    if (!this.options.work || this.working) return;
    this.working = true;
    await Promise.all(this.queueNames().map((name) => this.startWorkers(name)));
  }

  /** Stops fetching, lets active jobs finish (bounded wait; unfinished ones are retried later), closes the pool. */
  async stop(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    const hadWorkers = this.working;
    this.working = false;
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: STOP_TIMEOUT_MS });
    if (hadWorkers) this.settledAt = Date.now() + WORKER_SETTLE_MS;
  }

  /**
   * For tests: pg-boss lets a worker that was mid-poll wind down in the background after `stop`,
   * checking every second. A test runner tearing its modules down under it makes that fail, so
   * tests wait this out after closing the app (a real process does not need to).
   */
  async settled(): Promise<void> {
    const wait = this.settledAt - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  private async ready(queue: string): Promise<void> {
    const defined = this.queues.get(queue);
    if (!defined) throw new Error(`No job queue named ${queue} is defined`);
    await defined.created;
  }

  /**
   * Nodes starting together can deadlock in pg-boss's create_queue (each creates the queue's
   * partition); the loser tries again and then finds the queue there.
   */
  private async createQueue(spec: Required<QueueSpec>, attempt = 1): Promise<void> {
    try {
      await this.createQueueOnce(spec);
    } catch (error) {
      if ((error as { code?: unknown }).code !== DEADLOCK || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      await this.createQueue(spec, attempt + 1);
    }
  }

  private async createQueueOnce(spec: Required<QueueSpec>): Promise<void> {
    const deadLetter = deadLetterOf(spec.name);
    await this.boss.createQueue(deadLetter, { name: deadLetter, retentionMinutes: 60 * 24 * 28 });
    const options = {
      name: spec.name,
      policy: 'short' as const,
      retryLimit: spec.retryLimit,
      retryDelay: spec.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: spec.expireInSeconds,
      deadLetter,
    };
    await this.boss.createQueue(spec.name, options);
    // createQueue keeps an existing queue's settings; the code is the source of truth.
    await this.boss.updateQueue(spec.name, options);
  }

  private async startWorkers(name: string): Promise<void> {
    const { spec, handler } = this.queues.get(name)!;
    const ids: string[] = [];
    for (let i = 0; i < spec.concurrency; i++) {
      ids.push(
        await this.boss.work<object>(
          name,
          { batchSize: spec.batchSize, pollingIntervalSeconds: this.options.pollSeconds },
          (jobs) => this.run(name, handler, jobs),
        ),
      );
    }
    this.workers.set(name, ids);
  }

  private async run(name: string, handler: Defined['handler'], jobs: PgBoss.Job<object>[]): Promise<void> {
    let outcome: void | BatchOutcome;
    try {
      outcome = await handler(jobs.map(({ id, data }) => ({ id, name, data })));
    } catch (error) {
      this.failed(
        name,
        jobs.length,
        jobs.map((j) => j.id),
        error,
      );
      throw error;
    }
    const failed = outcome?.failed ?? [];
    // Failed first: pg-boss then completes only the jobs of the batch still active.
    for (const { id, error } of failed) {
      await this.boss.fail(name, id, { name: error.name, message: error.message });
    }
    if (failed.length > 0)
      this.failed(
        name,
        failed.length,
        failed.map((f) => f.id),
        failed[0]!.error,
      );
    this.metrics.jobsProcessed.inc({ queue: name, outcome: 'completed' }, jobs.length - failed.length);
  }

  private failed(queue: string, count: number, jobIds: string[], error: unknown): void {
    this.metrics.jobsProcessed.inc({ queue, outcome: 'failed' }, count);
    // The error's name only: messages may quote what the job was about. pg-boss keeps the message for admins.
    const reason = error instanceof Error ? error.name : typeof error;
    this.logger.warn({ queue, jobIds, reason }, 'Job failed; it will be retried');
  }

  /** Wakes this node's idle workers of a queue instead of waiting for their next poll. */
  private wake(queue: string): void {
    for (const id of this.workers.get(queue) ?? []) this.boss.notifyWorker(id);
  }

  /**
   * Whether any job of the queues is waiting and due, or running. Stops at the first one (a count
   * over 40,000 waiting digests took 44 ms); waiting ones through pg-boss's fetch index.
   */
  private async anyDue(names: string[]): Promise<boolean> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT EXISTS (SELECT 1 FROM ${JOBS_SCHEMA}.job
                       WHERE name = ANY($1) AND state < 'active' AND start_after <= now())
           OR EXISTS (SELECT 1 FROM ${JOBS_SCHEMA}.job WHERE name = ANY($1) AND state = 'active') AS due`,
      [names],
    );
    return (rows[0] as { due: boolean }).due;
  }

  /** Once per outage, not once per poll: jobs wait in the database and run once it is back. */
  private onError(err: Error): void {
    if (this.failing) return;
    this.failing = true;
    // The code only: pg errors carry their connection (and pg-boss adds the job's queue and worker).
    const reason = (err as { code?: unknown }).code ?? err.name;
    this.logger.warn({ reason }, 'Job queue cannot reach the database; jobs wait and run once it is back');
    setTimeout(() => (this.failing = false), 60_000).unref();
  }
}

/** pg-boss's `db` option over the caller's transaction, so a job exists only if the transaction commits. */
function transactionDb(manager: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: returningRows(await manager.query(text, values)) }),
  };
}
