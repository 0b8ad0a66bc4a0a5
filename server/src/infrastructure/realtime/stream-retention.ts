import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { StreamEventsRepository } from './stream-events.repository';

const PRUNE_EVERY_MS = 15 * 60_000;

/**
 * Deletes stream events older than `REALTIME_RETENTION_HOURS`. A client that was away longer
 * gets `reset` and reloads over HTTP. Every node prunes; the deletes are idempotent.
 */
@Injectable()
export class StreamRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('StreamRetention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly events: StreamEventsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.prune().catch((err: unknown) => this.logger.warn({ err }, 'Pruning stream events failed')),
      PRUNE_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns how many events were deleted. */
  async prune(): Promise<number> {
    const deleted = await this.events.pruneOlderThan(this.config.realtime.retentionHours);
    if (deleted > 0) this.logger.log({ deleted }, 'Pruned old stream events');
    return deleted;
  }
}
