import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';

const NOT_BUILT = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Commonroom</title></head>
<body><main><h1>Commonroom</h1><p>The API is running, but the web client has not been built yet.
Run <code>npm start</code> from the repository (it builds the client), or <code>npm run build</code>.</p></main></body></html>`;

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = /^\/(api|dev|healthz|readyz|metrics|socket\.io)(\/|$)/;

/**
 * Answers every other GET with the client's index.html so deep links (e.g. /organisations)
 * work on reload. Hashed assets are served by @fastify/static (registered in create-app).
 */
@Controller()
@Public()
export class ClientAppController {
  private indexHtml: string | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('*')
  index(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    if (SERVER_PATHS.test(request.url)) throw new DomainError(ErrorCode.NotFound);
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(this.html());
  }

  private html(): string {
    if (this.indexHtml) return this.indexHtml;
    const file = join(this.config.client.distDir, 'index.html');
    if (!existsSync(file)) return NOT_BUILT;
    this.indexHtml = readFileSync(file, 'utf8');
    return this.indexHtml;
  }
}
