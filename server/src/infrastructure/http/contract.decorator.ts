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
  status?: number;
}

/**
 * Declares a route's contract. Inputs are parsed (and coerced) before the handler runs, the
 * output is parsed before it is sent — so a field the contract does not name never leaves the
 * server — and the OpenAPI document is generated from the same schemas.
 */
export function Contract(contract: RouteContract) {
  const status = contract.status ?? (contract.response ? 200 : 204);
  return applyDecorators(SetMetadata(ROUTE_CONTRACT, contract), HttpCode(status));
}
