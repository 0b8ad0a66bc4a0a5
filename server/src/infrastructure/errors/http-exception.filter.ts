import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';
import { DEFAULT_MESSAGES, errorCodeForStatus, STATUS_BY_ERROR_CODE } from './error-status';
import { issuesFromZod } from './zod-issues';

/**
 * The only place errors become HTTP answers: `{ error: { code, message, details?, requestId } }`.
 * Unknown errors are logged with their stack and answered with a generic 500, never the
 * internal message.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, body, headers } = errorAnswer(exception, String(request.id));
    // A 503 is an outage (already reported by readiness), not a bug: one line, no stack.
    const reason = (exception as Error | undefined)?.message;
    if (status === 503) this.logger.warn({ requestId: request.id, reason }, 'Request refused: service unavailable');
    else if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Request failed');
    for (const [name, value] of Object.entries(headers ?? {})) void reply.header(name, value);
    void reply.status(status).send(body);
  }
}

export interface ErrorAnswer {
  status: number;
  body: ErrorBody;
  headers?: Readonly<Record<string, string>>;
}

/** The HTTP answer for any error; also used by the Fastify hooks that refuse a request before Nest sees it. */
export function errorAnswer(exception: unknown, requestId: string): ErrorAnswer {
  const known = exception instanceof DomainError ? exception : (malformedMultipart(exception) ?? outage(exception));
  if (known) {
    const details = known.details ? { details: known.details } : {};
    return {
      status: STATUS_BY_ERROR_CODE[known.code],
      body: { error: { code: known.code, message: known.message, ...details, requestId } },
      ...(known.headers ? { headers: known.headers } : {}),
    };
  }
  if (exception instanceof ZodError) {
    const code = ErrorCode.ValidationFailed;
    const details = { issues: issuesFromZod(exception) };
    return { status: 400, body: { error: { code, message: DEFAULT_MESSAGES[code], details, requestId } } };
  }
  const status = statusOf(exception);
  const code = errorCodeForStatus(status);
  return { status: STATUS_BY_ERROR_CODE[code], body: { error: { code, message: DEFAULT_MESSAGES[code], requestId } } };
}

/**
 * The multipart parser (busboy) reports a broken form (no boundary, a body cut off early) as a
 * plain Error; it is the sender's fault, so it is a 400 with a sentence, not a 500.
 */
const MALFORMED_MULTIPART =
  /^(Multipart: Boundary not found|Boundary required|Malformed part header)$|unexpected end of multipart data/i;
export const MALFORMED_MULTIPART_MESSAGE =
  'The file was not received completely or the form was malformed. Please try sending it again.';

function malformedMultipart(exception: unknown): DomainError | undefined {
  if (!(exception instanceof Error) || !MALFORMED_MULTIPART.test(exception.message)) return undefined;
  return new DomainError(ErrorCode.ValidationFailed, MALFORMED_MULTIPART_MESSAGE);
}

function outage(exception: unknown): DomainError | undefined {
  return isDatabaseUnavailable(exception) ? databaseUnavailable() : undefined;
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  // Fastify's own errors (bad JSON, body too large, unsupported media type) carry statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
}
