import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of this app instance (its own registry, so tests can run several apps). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly outboxDelivered = new Counter({
    name: 'outbox_events_delivered_total',
    help: 'Domain events delivered to their subscribers.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly mailMessages = new Counter({
    name: 'mail_messages_total',
    help: 'Emails handed to the mail server (or the development outbox) by category and outcome.',
    labelNames: ['category', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly jobsProcessed = new Counter({
    name: 'jobs_processed_total',
    help: 'Background jobs run on this instance by queue and outcome (failed attempts are retried).',
    labelNames: ['queue', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly realtimeSockets = new Gauge({
    name: 'realtime_connected_sockets',
    help: 'Real-time (socket.io) connections open on this instance.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
