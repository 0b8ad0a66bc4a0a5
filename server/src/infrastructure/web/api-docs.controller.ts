import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { buildOpenApiDocument } from '../http/openapi';
import { RouteRegistry } from '../http/route-registry';

const PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Commonroom API</title>
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** The generated OpenAPI document and a Swagger UI to read it, served from our own assets. */
@Controller('api/docs')
@Public()
export class ApiDocsController {
  private document: unknown;

  constructor(
    private readonly routes: RouteRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  page(@Res() reply: FastifyReply): void {
    void reply.type('text/html; charset=utf-8').send(PAGE);
  }

  @Get('init.js')
  init(@Res() reply: FastifyReply): void {
    void reply.type('text/javascript; charset=utf-8').send(INIT);
  }

  @Get('openapi.json')
  openApi(): unknown {
    this.document ??= buildOpenApiDocument(this.routes.list(), {
      version: this.config.version,
      serverUrl: this.config.http.publicUrl,
    });
    return this.document;
  }
}
