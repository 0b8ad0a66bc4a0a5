import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Global()
@Module({ controllers: [HealthController, MetricsController], providers: [MetricsService], exports: [MetricsService] })
export class ObservabilityModule {}
