import { Inject, Injectable } from '@nestjs/common';
import type { FailedJob, JobQueueSummary } from '@commonroom/contracts';
import { isPlatformAdmin } from '../auth/policy';
import type { Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import { deadLetterOf, JobQueue } from './job-queue';
import { JOBS_SCHEMA, type PgBossJobQueue } from './pg-boss-job-queue';

const LIST_LIMIT = 200;
const ERROR_LIMIT = 500;

interface FailedRow {
  id: string;
  name: string;
  state: string;
  created_on: Date;
  retry_count: number;
  retry_limit: number;
  start_after: Date;
  last_error: string | null;
}

/**
 * What platform administrators see of the job queue: counts, failed jobs with their last error
 * (never their data), and retrying. A dead job goes back onto its queue with fresh retries, in
 * one statement so it can be neither lost nor doubled; a retrying job is made due now.
 */
@Injectable()
export class JobsAdminService {
  constructor(@Inject(JobQueue) private readonly queue: PgBossJobQueue) {}

  async summary(actor: Actor): Promise<JobQueueSummary[]> {
    this.requireAdmin(actor);
    const names = this.queue.queueNames();
    const rows = await this.sql<{ name: string; state: string; count: number }>(
      `SELECT name, state, count(*)::int AS count FROM ${JOBS_SCHEMA}.job
        WHERE name = ANY($1) OR name = ANY($2) GROUP BY name, state`,
      [names, names.map(deadLetterOf)],
    );
    const count = (name: string, state: string) => rows.find((r) => r.name === name && r.state === state)?.count ?? 0;
    return names.map((queue) => ({
      queue,
      waiting: count(queue, 'created'),
      active: count(queue, 'active'),
      retrying: count(queue, 'retry'),
      completed: count(queue, 'completed'),
      dead: count(deadLetterOf(queue), 'created'),
    }));
  }

  async failed(actor: Actor, queue: string | undefined): Promise<FailedJob[]> {
    this.requireAdmin(actor);
    const names = this.known(queue);
    const rows = await this.sql<FailedRow>(
      `SELECT id, name, state, created_on, retry_count, retry_limit, start_after,
              left(output->>'message', ${ERROR_LIMIT}) AS last_error
         FROM ${JOBS_SCHEMA}.job
        WHERE (name = ANY($1) AND state = 'retry') OR (name = ANY($2) AND state = 'created')
        ORDER BY created_on DESC LIMIT ${LIST_LIMIT}`,
      [names, names.map(deadLetterOf)],
    );
    return rows.map((row) => {
      const dead = row.name.endsWith('-dead');
      return {
        id: row.id,
        queue: dead ? row.name.slice(0, -'-dead'.length) : row.name,
        state: dead ? 'dead' : 'retrying',
        createdAt: row.created_on.toISOString(),
        // A dead job used its first attempt and every retry; a retrying one has had retry_count + 1 attempts.
        attempts: dead ? row.retry_limit + 1 : row.retry_count + 1,
        lastError: row.last_error,
        nextAttemptAt: dead ? null : row.start_after.toISOString(),
      };
    });
  }

  async retry(actor: Actor, id: string): Promise<void> {
    this.requireAdmin(actor);
    const moved = await this.move(this.known(undefined), id);
    if (moved === 0) throw DomainError.notFound('That failed job');
  }

  async retryAll(actor: Actor, queue: string): Promise<number> {
    this.requireAdmin(actor);
    return this.move(this.known(queue), null);
  }

  /** Dead jobs back onto their queue (with its current retry settings), retrying ones due now. */
  private async move(names: string[], id: string | null): Promise<number> {
    const [row] = await this.sql<{ moved: number }>(
      `WITH dead AS (
         DELETE FROM ${JOBS_SCHEMA}.job WHERE name = ANY($1) AND state = 'created' AND ($2::uuid IS NULL OR id = $2::uuid)
         RETURNING name, data
       ), requeued AS (
         INSERT INTO ${JOBS_SCHEMA}.job
           (name, data, singleton_key, retry_limit, retry_delay, retry_backoff, expire_in, dead_letter, policy)
         SELECT q.name, dead.data, gen_random_uuid()::text, q.retry_limit, q.retry_delay, q.retry_backoff,
                q.expire_seconds * interval '1 second', q.dead_letter, q.policy
           FROM dead JOIN ${JOBS_SCHEMA}.queue q ON q.dead_letter = dead.name
         RETURNING 1
       ), hurried AS (
         UPDATE ${JOBS_SCHEMA}.job SET start_after = now()
          WHERE name = ANY($3) AND state = 'retry' AND ($2::uuid IS NULL OR id = $2::uuid)
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM requeued)::int + (SELECT count(*) FROM hurried)::int AS moved`,
      [names.map(deadLetterOf), id, names],
    );
    return row?.moved ?? 0;
  }

  /** The named queue, or all; a queue this server does not define is a 404 like any unknown thing. */
  private known(queue: string | undefined): string[] {
    const names = this.queue.queueNames();
    if (queue === undefined) return names;
    if (!names.includes(queue)) throw DomainError.notFound('That queue');
    return [queue];
  }

  /** Job queues are for the people who run the installation; to anyone else they do not exist. */
  private requireAdmin(actor: Actor): void {
    if (!isPlatformAdmin(actor)) throw DomainError.notFound();
  }

  private async sql<T>(text: string, values: unknown[]): Promise<T[]> {
    const { rows } = await this.queue.boss.getDb().executeSql(text, values);
    return rows as T[];
  }
}
