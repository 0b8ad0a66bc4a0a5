export {
  JobQueue,
  deadLetterOf,
  type BatchOutcome,
  type EnqueueOptions,
  type Job,
  type JobHandler,
  type QueueSpec,
} from './job-queue';
export { JobsModule } from './jobs.module';
