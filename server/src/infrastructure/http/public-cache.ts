import {
  applyDecorators,
  Injectable,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { tap, type Observable } from 'rxjs';
import { Public } from '../auth/access.decorators';

/** Short, so a facilitator switching public reading off is obeyed by caches within a minute. */
export const PUBLIC_MAX_AGE_SECONDS = 60;
export const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`;

/**
 * Answers without a session are the same for every signed-out visitor, so shared caches may keep
 * them briefly (`Vary: Cookie` keeps a signed-in answer apart); answers to a signed-in person
 * carry their reading state and abilities, so nothing may keep them.
 */
@Injectable()
export class PublicCacheInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      tap(() => {
        if (request.actor) void reply.header('cache-control', 'private, no-store');
        else void reply.header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'Cookie');
      }),
    );
  }
}

/** A read anyone may make (public reading, ADR 0015), cached as `PublicCacheInterceptor` says. */
export const PublicRead = () => applyDecorators(Public(), UseInterceptors(PublicCacheInterceptor));

/**
 * Gives every successful `public` answer that has none an `ETag` (a hash of the body) and answers
 * a matching `If-None-Match` with 304, so a visitor's browser or a proxy revalidates cheaply.
 */
export function registerPublicEtags(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    const cacheControl = reply.getHeader('cache-control');
    if (request.method !== 'GET' || reply.statusCode !== 200 || reply.hasHeader('etag')) return payload;
    if (typeof cacheControl !== 'string' || !cacheControl.startsWith('public')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
    void reply.header('etag', etag);
    if (request.headers['if-none-match'] !== etag) return payload;
    void reply.code(304);
    return '';
  });
}
