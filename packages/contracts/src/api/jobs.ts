import { z } from 'zod';

/** A queue's name as the server defines it (kebab-case), e.g. `mail`. */
export const jobQueueNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'must be a queue name such as mail');

/** How many jobs of one queue are in each state. `dead` jobs used up their retries and wait for an administrator. */
export const jobQueueSummarySchema = z.object({
  queue: z.string(),
  waiting: z.number().int().nonnegative(),
  active: z.number().int().nonnegative(),
  retrying: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  dead: z.number().int().nonnegative(),
});
export type JobQueueSummary = z.infer<typeof jobQueueSummarySchema>;

export const jobQueueSummaryListSchema = z.object({ items: z.array(jobQueueSummarySchema) });
export type JobQueueSummaryList = z.infer<typeof jobQueueSummaryListSchema>;

export const failedJobsQuerySchema = z.object({ queue: jobQueueNameSchema.optional() });

/**
 * A job that failed: `retrying` will run again by itself (at `nextAttemptAt`), `dead` will not until retried.
 * Never the job's data, which can name people or carry sealed messages.
 */
export const failedJobSchema = z.object({
  id: z.uuid(),
  queue: z.string(),
  state: z.enum(['retrying', 'dead']),
  createdAt: z.iso.datetime(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
});
export type FailedJob = z.infer<typeof failedJobSchema>;

export const failedJobListSchema = z.object({ items: z.array(failedJobSchema) });
export type FailedJobList = z.infer<typeof failedJobListSchema>;

export const jobIdParamsSchema = z.object({ id: z.uuid() });

export const retryAllJobsSchema = z.object({ queue: jobQueueNameSchema });
export type RetryAllJobs = z.infer<typeof retryAllJobsSchema>;

export const retriedJobsSchema = z.object({ retried: z.number().int().nonnegative() });
export type RetriedJobs = z.infer<typeof retriedJobsSchema>;
