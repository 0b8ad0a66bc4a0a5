import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  failedJobListSchema,
  failedJobsQuerySchema,
  jobIdParamsSchema,
  jobQueueSummaryListSchema,
  retriedJobsSchema,
  retryAllJobsSchema,
  type RetryAllJobs,
} from '@commonroom/contracts';
import { CurrentActor, type Actor } from '../auth/actor';
import { Contract } from '../http/contract.decorator';
import { JobsAdminService } from './jobs-admin.service';

/** The job queue for platform administrators (404 for everyone else): see and retry failed jobs. */
@Controller('api/admin/jobs')
export class JobsAdminController {
  constructor(private readonly admin: JobsAdminService) {}

  @Get()
  @Contract({
    summary: 'How many jobs each queue has waiting, running, retrying, done and dead (platform admins)',
    tags: ['admin'],
    response: jobQueueSummaryListSchema,
  })
  async summary(@CurrentActor() actor: Actor) {
    return { items: await this.admin.summary(actor) };
  }

  @Get('failed')
  @Contract({
    summary:
      'Failed jobs: retrying ones and dead ones, with attempts and last error, never their data (platform admins)',
    tags: ['admin'],
    query: failedJobsQuerySchema,
    response: failedJobListSchema,
  })
  async failed(@CurrentActor() actor: Actor, @Query('queue') queue: string | undefined) {
    return { items: await this.admin.failed(actor, queue) };
  }

  @Post('retry-all')
  @Contract({
    summary: 'Retry every dead job of a queue and run its retrying jobs now (platform admins)',
    tags: ['admin'],
    body: retryAllJobsSchema,
    response: retriedJobsSchema,
  })
  async retryAll(@CurrentActor() actor: Actor, @Body() body: RetryAllJobs) {
    return { retried: await this.admin.retryAll(actor, body.queue) };
  }

  @Post(':id/retry')
  @Contract({
    summary: 'Retry one failed job now, with fresh retries if it was dead (platform admins)',
    tags: ['admin'],
    params: jobIdParamsSchema,
  })
  async retry(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.admin.retry(actor, id);
  }
}
