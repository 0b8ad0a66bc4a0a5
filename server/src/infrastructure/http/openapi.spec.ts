import { z } from 'zod';
import { buildOpenApiDocument } from './openapi';
import type { RouteInfo } from './route-registry';

const route = (overrides: Partial<RouteInfo>): RouteInfo => ({
  method: 'GET',
  path: '/api/things/:id',
  handler: 'ThingsController.get',
  isPublic: false,
  contract: { summary: 'Get a thing', params: z.object({ id: z.uuid() }), response: z.object({ id: z.uuid() }) },
  ...overrides,
});

describe('buildOpenApiDocument', () => {
  it('turns contracts into OpenAPI operations with path and query parameters', () => {
    const document = buildOpenApiDocument(
      [
        route({}),
        route({
          path: '/api/things',
          handler: 'ThingsController.list',
          isPublic: true,
          contract: {
            summary: 'List',
            query: z.object({ q: z.string().optional().describe('Words') }),
            response: z.object({ items: z.array(z.string()) }),
          },
        }),
      ],
      { version: '1.0.0', serverUrl: 'http://localhost:3000' },
    );
    const get = document.paths['/api/things/{id}']?.get as Record<string, unknown>;
    expect(get.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
    expect(get.security).toEqual([{ session: [] }]);
    const list = document.paths['/api/things']?.get as Record<string, unknown>;
    expect(list.security).toEqual([]);
    expect(list.parameters).toEqual([
      expect.objectContaining({ name: 'q', in: 'query', required: false, description: 'Words' }),
    ]);
  });

  it('documents routes without a response body as 204 and leaves non-API routes out', () => {
    const document = buildOpenApiDocument(
      [
        route({ method: 'DELETE', contract: { summary: 'Delete', params: z.object({ id: z.uuid() }) } }),
        route({ path: '/healthz' }),
      ],
      { version: '1', serverUrl: 'http://x' },
    );
    expect(Object.keys(document.paths)).toEqual(['/api/things/{id}']);
    expect(
      (document.paths['/api/things/{id}']?.delete as { responses: Record<string, unknown> }).responses['204'],
    ).toEqual({ description: 'No content' });
  });

  it('documents a file upload as multipart/form-data and a file answer as bytes', () => {
    const document = buildOpenApiDocument(
      [
        route({
          method: 'POST',
          path: '/api/files',
          contract: {
            summary: 'Upload',
            fileUpload: { field: 'file', description: 'The file' },
            response: z.object({ id: z.uuid() }),
            status: 201,
          },
        }),
        route({
          contract: {
            summary: 'Download',
            params: z.object({ id: z.uuid() }),
            fileResponse: { description: 'The bytes' },
          },
        }),
      ],
      { version: '1', serverUrl: 'http://x' },
    );
    const upload = document.paths['/api/files']?.post as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
      responses: Record<string, unknown>;
    };
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    expect(upload.requestBody.content['multipart/form-data']?.schema.required).toEqual(['file']);
    expect(Object.keys(upload.responses)).toEqual(['201', 'default']);
    const download = document.paths['/api/things/{id}']?.get as {
      responses: Record<string, { description: string; content?: Record<string, unknown> }>;
    };
    expect(download.responses['200']).toEqual({ description: 'The bytes', content: { '*/*': expect.any(Object) } });
  });
});
