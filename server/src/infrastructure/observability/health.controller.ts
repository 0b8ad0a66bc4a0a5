import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  healthResponseSchema,
  readinessResponseSchema,
  type HealthResponse,
  type ReadinessResponse,
} from '@commonroom/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Contract } from '../http/contract.decorator';

const DATABASE_TIMEOUT_MS = 2000;

/** Liveness and readiness for load balancers and orchestrators. */
@Controller()
@Public()
export class HealthController {
  private readonly startedAt = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('healthz')
  @Contract({ summary: 'Liveness: the process is up', tags: ['operations'], response: healthResponseSchema })
  health(): HealthResponse {
    return {
      status: 'ok',
      version: this.config.version,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }

  @Get('readyz')
  @Contract({ summary: 'Readiness: the database answers', tags: ['operations'], response: readinessResponseSchema })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const database = await this.checkDatabase();
    const ready = database.ok;
    if (!ready) void reply.status(503);
    return { status: ready ? 'ready' : 'not_ready', checks: [database] };
  }

  private async checkDatabase(): Promise<ReadinessResponse['checks'][number]> {
    const started = performance.now();
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), DATABASE_TIMEOUT_MS).unref()),
      ]);
      return { name: 'database', ok: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
    } catch (error) {
      return { name: 'database', ok: false, detail: error instanceof Error ? error.message : 'unavailable' };
    }
  }
}
