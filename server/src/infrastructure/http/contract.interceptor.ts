import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { issuesFromZod } from '../errors/zod-issues';
import { ROUTE_CONTRACT, type RouteContract } from './contract.decorator';

type Source = 'params' | 'query' | 'body';

/** Applies each route's `@Contract`: validates inputs in, and shapes the output out. */
@Injectable()
export class ContractInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ContractInterceptor');

  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = this.reflector.get<RouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    if (!contract || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & Record<Source, unknown>>();

    const issues = (['params', 'query', 'body'] as const).flatMap((source) => {
      const schema = contract[source];
      if (!schema) return [];
      const result = schema.safeParse(request[source] ?? (source === 'body' ? undefined : {}));
      if (result.success) {
        request[source] = result.data;
        return [];
      }
      return issuesFromZod(result.error, source);
    });
    if (issues.length > 0) throw DomainError.validation(issues);

    return next.handle().pipe(map((output) => this.shape(contract, output, context)));
  }

  /** A response that does not match its contract is a bug: log it and answer 500. */
  private shape(contract: RouteContract, output: unknown, context: ExecutionContext): unknown {
    // A file is streamed as it is; its headers were set by the handler.
    if (contract.fileResponse) return output;
    if (!contract.response) return undefined;
    const result = (contract.response as z.ZodType).safeParse(output);
    if (result.success) return result.data;
    this.logger.error(
      {
        route: `${context.getClass().name}.${context.getHandler().name}`,
        issues: result.error.issues.map((i) => ({ path: i.path, message: i.message })),
      },
      'Response does not match its contract',
    );
    throw new Error('Response does not match its contract');
  }
}
