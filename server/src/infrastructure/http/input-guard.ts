import { ErrorCode, UNSAFE_TEXT_MESSAGE, unsafeTextPaths } from '@commonroom/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { errorAnswer, MALFORMED_MULTIPART_MESSAGE } from '../errors/http-exception.filter';

const SOURCES = ['params', 'query', 'body'] as const;

/**
 * The one boundary check every route gets, before guards, contracts and handlers run: text that
 * PostgreSQL, UTF-8 or JSON cannot carry (NUL, lone surrogates) anywhere in the path, the query
 * or a JSON body, and a multipart request without a boundary, are refused with a 400. Route
 * contracts also refuse such text (`safeText`), but no route can forget this one.
 */
export function registerInputGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const refusal = unsafeText(request) ?? multipartWithoutBoundary(request);
    if (!refusal) return;
    const { status, body } = errorAnswer(refusal, String(request.id));
    return reply.status(status).send(body);
  });
}

function unsafeText(request: FastifyRequest): DomainError | undefined {
  const paths = SOURCES.flatMap((source) => unsafeTextPaths(request[source], [source]));
  if (paths.length === 0) return undefined;
  const issues = paths.map((path) => ({ path, message: UNSAFE_TEXT_MESSAGE }));
  return new DomainError(ErrorCode.ValidationFailed, UNSAFE_TEXT_MESSAGE, { issues });
}

function multipartWithoutBoundary(request: FastifyRequest): DomainError | undefined {
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\//i.test(type) || /;\s*boundary=[^;\s]+/i.test(type)) return undefined;
  return new DomainError(ErrorCode.ValidationFailed, MALFORMED_MULTIPART_MESSAGE);
}
