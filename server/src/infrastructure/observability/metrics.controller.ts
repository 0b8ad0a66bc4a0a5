import { Controller, Get, Headers, Inject, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrape endpoint; protected by a bearer token when METRICS_TOKEN is set. Without one,
 * production answers only a scraper on the same host (the metrics name routes and reveal load).
 */
@Controller()
@Public()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('metrics')
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = this.config.metrics.token;
    if (token && !sameSecret(authorization ?? '', `Bearer ${token}`)) {
      throw new DomainError(ErrorCode.NotAuthenticated);
    }
    if (this.config.metrics.loopbackOnly && !isDirectLoopback(request)) throw new DomainError(ErrorCode.NotFound);
    void reply.header('content-type', this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A connection from this host that did not come through a proxy: the TCP peer, not the
 * (forgeable) X-Forwarded-For address, and no forwarding headers, since a proxy on the same host
 * would otherwise make every visitor look local.
 */
function isDirectLoopback(request: FastifyRequest): boolean {
  const peer = request.raw.socket.remoteAddress ?? '';
  const loopback = peer === '::1' || peer.startsWith('127.') || peer.startsWith('::ffff:127.');
  return loopback && !request.headers['x-forwarded-for'] && !request.headers.forwarded;
}
