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
 * Background work, stored in PostgreSQL. Job data holds ids and facts only (the `mail` queue
 * seals its messages): it sits in the database and is never shown to administrators.
 */
export abstract class JobQueue {
  /** Call in onModuleInit. The handler runs after bootstrap; throwing = retry with backoff, then dead letter. */
  abstract define<T extends object>(spec: QueueSpec, handler: (jobs: Job<T>[]) => Promise<void>): void;
  abstract send<T extends object>(queue: string, data: T, options?: EnqueueOptions): Promise<string | null>;
  abstract sendMany<T extends object>(
    queue: string,
    items: { data: T; key?: string; startAfter?: Date }[],
    manager?: EntityManager,
  ): Promise<void>;
  /** Recurring job (cron, Europe/London). */
  abstract schedule(queue: string, cron: string, data?: object): Promise<void>;
  /** Tests and CLI: resolve when nothing is queued or active that is due now (optionally for some queues). */
  abstract drain(queues?: string[], timeoutMs?: number): Promise<void>;
}

/** The dead-letter queue of a queue: where a job lands once its retries are used up. */
export function deadLetterOf(queue: string): string {
  return `${queue}-dead`;
}
