import { applyDecorators, HttpCode, SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const ROUTE_CONTRACT = 'commonroom:contract';

/** The zod schemas that define one route's inputs and output, all from `@commonroom/contracts`. */
export interface RouteContract {
  summary: string;
  description?: string;
  tags?: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Omit for 204 No Content. */
  response?: z.ZodType;
  /** The body is multipart/form-data carrying one file in `field`; the handler reads and checks it. */
  fileUpload?: { field: string; description: string };
  /** The route answers with a file's bytes (a `StreamableFile`), not JSON. */
  fileResponse?: { description: string };
  status?: number;
}

/**
 * Declares a route's contract. Inputs are parsed (and coerced) before the handler runs, the
 * output is parsed before it is sent — so a field the contract does not name never leaves the
 * server — and the OpenAPI document is generated from the same schemas.
 */
export function Contract(contract: RouteContract) {
  return applyDecorators(SetMetadata(ROUTE_CONTRACT, contract), HttpCode(successStatus(contract)));
}

/** The success status: as declared, else 200 with a body and 204 without. */
export function successStatus(contract: RouteContract): number {
  return contract.status ?? (contract.response || contract.fileResponse ? 200 : 204);
}
