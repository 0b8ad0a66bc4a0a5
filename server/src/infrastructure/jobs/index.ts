export { JobQueue, deadLetterOf, type EnqueueOptions, type Job, type QueueSpec } from './job-queue';
export { JobsModule } from './jobs.module';
