import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ErrorCode, type ErrorBody } from '@commonroom/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
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
    const { status, body, headers } = this.toAnswer(exception, request);
    if (status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Request failed');
    for (const [name, value] of Object.entries(headers ?? {})) void reply.header(name, value);
    void reply.status(status).send(body);
  }

  private toAnswer(exception: unknown, request: FastifyRequest): { status: number; body: ErrorBody; headers?: Readonly<Record<string, string>> } {
    const requestId = String(request.id);
    if (exception instanceof DomainError) {
      return {
        status: STATUS_BY_ERROR_CODE[exception.code],
        body: { error: { code: exception.code, message: exception.message, ...(exception.details ? { details: exception.details } : {}), requestId } },
        ...(exception.headers ? { headers: exception.headers } : {}),
      };
    }
    if (exception instanceof ZodError) {
      const code = ErrorCode.ValidationFailed;
      return { status: 400, body: { error: { code, message: DEFAULT_MESSAGES[code], details: { issues: issuesFromZod(exception) }, requestId } } };
    }
    const status = statusOf(exception);
    const code = errorCodeForStatus(status);
    return { status: STATUS_BY_ERROR_CODE[code], body: { error: { code, message: DEFAULT_MESSAGES[code], requestId } } };
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  // Fastify's own errors (bad JSON, body too large, unsupported media type) carry statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600 ? statusCode : 500;
}
