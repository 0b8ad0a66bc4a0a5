import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema } from '@commonroom/contracts';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';

/** The request's `Idempotency-Key` header, validated; undefined when the client sent none. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers[IDEMPOTENCY_HEADER];
  if (value === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(value);
  if (!parsed.success)
    throw DomainError.validation([
      { path: `headers.${IDEMPOTENCY_HEADER}`, message: parsed.error.issues[0]?.message ?? 'Invalid key' },
    ]);
  return parsed.data;
});
