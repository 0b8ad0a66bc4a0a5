import { randomUUID } from 'node:crypto';
import {
  JobQueue,
  type EnqueueOptions,
  type Job,
  type JobHandler,
  type QueueSpec,
} from '../../src/infrastructure/jobs/job-queue';

/**
 * A JobQueue for unit tests: `send` keeps the job, `drain` runs what is due through its handler
 * once and keeps failures in `failed`. Keys, schedules and retries are pg-boss's and are tested
 * against PostgreSQL in `job-queue.int-spec.ts`.
 */
export class InMemoryJobQueue extends JobQueue {
  readonly handlers = new Map<string, JobHandler<object>>();
  pending: Job<object>[] = [];
  readonly failed: { job: Job<object>; error: unknown }[] = [];

  define<T extends object>(spec: QueueSpec, handler: JobHandler<T>): void {
    this.handlers.set(spec.name, handler as JobHandler<object>);
  }

  async send<T extends object>(queue: string, data: T, _options?: EnqueueOptions): Promise<string> {
    if (!this.handlers.has(queue)) throw new Error(`No job queue named ${queue} is defined`);
    const id = randomUUID();
    this.pending.push({ id, name: queue, data });
    return id;
  }

  async sendMany<T extends object>(queue: string, items: { data: T }[]): Promise<void> {
    for (const item of items) await this.send(queue, item.data);
  }

  async schedule(): Promise<void> {}

  async drain(queues?: string[]): Promise<void> {
    const due = this.pending.filter((job) => !queues || queues.includes(job.name));
    this.pending = this.pending.filter((job) => !due.includes(job));
    for (const job of due) {
      try {
        const outcome = await this.handlers.get(job.name)!([job]);
        for (const { error } of outcome?.failed ?? []) this.failed.push({ job, error });
      } catch (error) {
        this.failed.push({ job, error });
      }
    }
  }
}
