import {
  failedJobListSchema,
  jobQueueSummaryListSchema,
  retriedJobsSchema,
  type FailedJobList,
  type JobQueueSummaryList,
  type RetriedJobs,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

export function fetchJobQueues(options?: RequestOptions): Promise<JobQueueSummaryList> {
  return apiGet('/api/admin/jobs', jobQueueSummaryListSchema, undefined, options);
}

export function fetchFailedJobs(options?: RequestOptions): Promise<FailedJobList> {
  return apiGet('/api/admin/jobs/failed', failedJobListSchema, undefined, options);
}

export function retryJob(id: string): Promise<void> {
  return apiSend('POST', `/api/admin/jobs/${encodeURIComponent(id)}/retry`);
}

export function retryAllJobs(queue: string): Promise<RetriedJobs> {
  return apiSend('POST', '/api/admin/jobs/retry-all', { queue }, retriedJobsSchema);
}
