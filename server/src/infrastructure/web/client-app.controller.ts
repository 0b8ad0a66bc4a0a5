import { Controller, Get, Inject, Optional, Req, Res } from '@nestjs/common';
import { ErrorCode } from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { PUBLIC_CACHE_CONTROL } from '../http/public-cache';
import { LinkPreviews, withPreview } from './link-previews';

const NOT_BUILT = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Commonroom</title></head>
<body><main><h1>Commonroom</h1><p>The API is running, but the web client has not been built yet.
Run <code>npm start</code> from the repository (it builds the client), or <code>npm run build</code>.</p></main></body></html>`;

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = /^\/(api|dev|healthz|readyz|metrics|socket\.io)(\/|$)/;

/**
 * Answers every other GET with the client's index.html so deep links (e.g. /organisations)
 * work on reload. Hashed assets are served by @fastify/static (registered in create-app).
 * A page anyone may read gets its own title and link preview (ADR 0015); that HTML is the same
 * for everyone, so shared caches may keep it briefly. Every other page gets the generic shell.
 */
@Controller()
@Public()
export class ClientAppController {
  private indexHtml: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly previews?: LinkPreviews,
  ) {}

  @Get('*')
  async index(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (SERVER_PATHS.test(request.url)) throw new DomainError(ErrorCode.NotFound);
    const html = this.html();
    const path = request.url.split(/[?#]/)[0]!;
    const preview = html === NOT_BUILT ? null : await this.previews?.preview(path);
    void reply.type('text/html; charset=utf-8');
    if (!preview) {
      void reply.header('cache-control', 'no-cache').send(html);
      return;
    }
    void reply
      .header('cache-control', PUBLIC_CACHE_CONTROL)
      .send(withPreview(html, preview, this.config.http.publicUrl));
  }

  private html(): string {
    if (this.indexHtml) return this.indexHtml;
    const file = join(this.config.client.distDir, 'index.html');
    if (!existsSync(file)) return NOT_BUILT;
    this.indexHtml = readFileSync(file, 'utf8');
    return this.indexHtml;
  }
}
