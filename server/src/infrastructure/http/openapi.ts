import { errorBodySchema } from '@commonroom/contracts';
import { z } from 'zod';
import { successStatus, type RouteContract } from './contract.decorator';
import type { RouteInfo } from './route-registry';

type JsonSchema = Record<string, unknown>;

/**
 * Builds the OpenAPI 3.1 document from the routes' zod contracts, so the documentation can
 * never disagree with the validation.
 */
export function buildOpenApiDocument(routes: readonly RouteInfo[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    if (!route.contract || !route.path.startsWith('/api/')) continue;
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operationFor(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Commonroom API',
      version: info.version,
      description: 'REST API of Commonroom. Every body is JSON; errors are `{ error: { code, message, details? } }`.',
    },
    servers: [{ url: info.serverUrl }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-session' } },
      schemas: { ErrorBody: toSchema(errorBodySchema, 'output') },
    },
    paths,
  };
}

function operationFor(route: RouteInfo) {
  const contract = route.contract!;
  const status = successStatus(contract);
  const errorResponse = {
    description: 'Error',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  };
  return {
    operationId: route.handler.replace('Controller.', '.'),
    summary: contract.summary,
    ...(contract.description ? { description: contract.description } : {}),
    tags: contract.tags ?? [],
    ...(route.isPublic ? { security: [] } : { security: [{ session: [] }] }),
    parameters: [...parametersOf(contract.params, 'path'), ...parametersOf(contract.query, 'query')],
    ...requestBodyOf(contract),
    responses: { [status]: successResponseOf(contract), default: errorResponse },
  };
}

function requestBodyOf(contract: RouteContract) {
  if (contract.fileUpload) {
    const { field, description } = contract.fileUpload;
    const schema = {
      type: 'object',
      required: [field],
      properties: { [field]: { type: 'string', contentMediaType: 'application/octet-stream', description } },
    };
    return { requestBody: { required: true, content: { 'multipart/form-data': { schema } } } };
  }
  return contract.body
    ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(contract.body, 'input') } } } }
    : {};
}

function successResponseOf(contract: RouteContract) {
  if (contract.fileResponse)
    return {
      description: contract.fileResponse.description,
      content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
    };
  if (contract.response)
    return {
      description: 'Success',
      content: { 'application/json': { schema: toSchema(contract.response, 'output') } },
    };
  return { description: 'No content' };
}

function parametersOf(schema: z.ZodObject | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}
