import type { EntityManager } from 'typeorm';

export interface QueueSpec {
  /** kebab-case, e.g. 'mail', 'notification-email', 'digest-run'. */
  name: string;
  /** Retries after the first attempt; default 8. */
  retryLimit?: number;
  /** Default 30, doubled each attempt (pg-boss retryBackoff). */
  retryDelaySeconds?: number;
  /** A job still active after this long is failed (and retried); default 300. */
  expireInSeconds?: number;
  /** Jobs fetched per handler call (default 1). */
  batchSize?: number;
  /** Workers on this node (default 1). */
  concurrency?: number;
}

export interface EnqueueOptions {
  /** Idempotent: a second send with the same key while one waits answers null. */
  key?: string;
  /** Scheduled send (quiet hours, batching windows). */
  startAfter?: Date;
  /** Enqueue inside the caller's TypeORM transaction: the job exists only if it commits. */
  manager?: EntityManager;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
}

/**
 * What a batch handler may answer instead of throwing: the jobs of the batch that failed (each is
 * retried, then dead-lettered, as if thrown alone); the others complete. So one refused message in
 * a batch of fifty does not send the other forty-nine again.
 */
export interface BatchOutcome {
  failed: { id: string; error: Error }[];
}

export type JobHandler<T> = (jobs: Job<T>[]) => Promise<void | BatchOutcome>;

/**
 * Background work, stored in PostgreSQL. Job data holds ids and facts only (the `mail` queue
 * seals its messages): it sits in the database and is never shown to administrators.
 */
export abstract class JobQueue {
  /**
   * Call in onModuleInit. The handler runs after bootstrap; throwing = retry every job of the batch with
   * backoff, then dead letter; answering a `BatchOutcome` = retry only the failed ones.
   */
  abstract define<T extends object>(spec: QueueSpec, handler: JobHandler<T>): void;
  abstract send<T extends object>(queue: string, data: T, options?: EnqueueOptions): Promise<string | null>;
  abstract sendMany<T extends object>(
    queue: string,
    items: { data: T; key?: string; startAfter?: Date }[],
    manager?: EntityManager,
  ): Promise<void>;
  /** Recurring job (cron, Europe/London). */
  abstract schedule(queue: string, cron: string, data?: object): Promise<void>;
  /**
   * Tests and CLI: resolve when nothing is queued or active that is due now (optionally for some queues).
   * Checks often at first and then less often, so a long wait (a digest run) costs the database little.
   */
  abstract drain(queues?: string[], timeoutMs?: number): Promise<void>;
}

/** The dead-letter queue of a queue: where a job lands once its retries are used up. */
export function deadLetterOf(queue: string): string {
  return `${queue}-dead`;
}
