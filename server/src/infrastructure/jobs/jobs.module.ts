import {
  Global,
  Inject,
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { DatabaseConnection } from '../database/data-source';
import { DATABASE_CONNECTION } from '../database/database.tokens';
import { MetricsService } from '../observability/metrics.service';
import { JobQueue } from './job-queue';
import { JobsAdminController } from './jobs-admin.controller';
import { JobsAdminService } from './jobs-admin.service';
import { PgBossJobQueue } from './pg-boss-job-queue';

/**
 * Starts pg-boss on init (so queues can be defined and sent to), its workers after bootstrap
 * (every feature has defined its queues by then), and stops them before the database pools close.
 */
@Injectable()
class JobQueueLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(JobQueue) private readonly queue: PgBossJobQueue) {}

  async onModuleInit(): Promise<void> {
    await this.queue.start();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}

/** Background jobs on PostgreSQL for every feature through `JobQueue` (docs/jobs.md). */
@Global()
@Module({
  controllers: [JobsAdminController],
  providers: [
    {
      provide: JobQueue,
      inject: [DATABASE_CONNECTION, APP_CONFIG, MetricsService],
      useFactory: (connection: DatabaseConnection, config: AppConfig, metrics: MetricsService) =>
        new PgBossJobQueue(
          { url: connection.url, work: config.jobs.work, pollSeconds: config.jobs.pollSeconds },
          metrics,
        ),
    },
    JobQueueLifecycle,
    JobsAdminService,
  ],
  exports: [JobQueue],
})
export class JobsModule {}
