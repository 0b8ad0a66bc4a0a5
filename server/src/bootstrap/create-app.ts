import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, sep } from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from '../app.module';
import type { AppConfig } from '../infrastructure/config/app-config';
import type { DatabaseConnection } from '../infrastructure/database/data-source';
import { registerInputGuard } from '../infrastructure/http/input-guard';
import { registerPublicEtags } from '../infrastructure/http/public-cache';
import { PinoNestLogger } from '../infrastructure/logging/nest-logger';
import { MetricsService } from '../infrastructure/observability/metrics.service';
import { RealtimeIoAdapter } from '../infrastructure/realtime/realtime-io.adapter';

const BODY_LIMIT_BYTES = 1024 * 1024;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Builds the whole HTTP application (API, docs, client, metrics) without listening, so the
 * server entry point and the end-to-end tests start exactly the same thing.
 */
export async function createApp(
  config: AppConfig,
  database: DatabaseConnection,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    trustProxy: config.http.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    // Accept a caller's request id (e.g. from a proxy) only if it is a safe token.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot({ config, database }), adapter, {
    logger: new PinoNestLogger(logger.child({ component: 'nest' })),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  if (config.http.insecurePublicUrl) {
    const warning = 'ALLOW_INSECURE_PUBLIC_URL: production on plain http; session cookies are not Secure';
    logger.warn({ publicUrl: config.http.publicUrl }, warning);
  }

  await app.register(fastifyCookie);
  // Attachments: one file per request, streamed to disk by the uploads module, cut off at the size limit.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5, fileSize: config.uploads.maxFileBytes } });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets inline style attributes; scripts stay strictly same-origin.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
  });

  registerInputGuard(fastify);
  registerPublicEtags(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  await registerStaticAssets(app, config);
  app.useWebSocketAdapter(new RealtimeIoAdapter(app, database.url));
  // No enableShutdownHooks(): the entry point owns signals (bootstrap/shutdown.ts); a second
  // listener closing the app again would end its pools twice.
  await app.init();
  return app;
}

async function registerStaticAssets(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const swaggerUi = dirname(createRequire(__filename).resolve('swagger-ui-dist/package.json'));
  await app.register(fastifyStatic, {
    root: swaggerUi,
    prefix: '/api/docs/assets/',
    decorateReply: false,
    index: false,
  });

  if (!config.client.serve || !existsSync(config.client.distDir)) return;
  await app.register(fastifyStatic, {
    root: config.client.distDir,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    // The client build writes Brotli and gzip copies beside each text file (client/build/precompress.ts):
    // sent as they are, with `Vary: Accept-Encoding`, so no CPU is spent compressing per request.
    preCompressed: true,
    // Vite fingerprints everything under assets/, so those files never change.
    setHeaders: (reply: FastifyReply, path: string) => {
      void reply.header(
        'cache-control',
        path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
}
