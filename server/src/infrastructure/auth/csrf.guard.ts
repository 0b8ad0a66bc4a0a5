import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { constantTimeEquals } from '../security/secure-token';
import { SKIP_CSRF } from './access.decorators';
import { AuthCookies } from './cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF check on every state-changing request, signed in or not (sign-in itself
 * is protected too). The token sits in a SameSite=Strict, HttpOnly cookie and must be echoed in
 * `x-csrf-token`, which only same-origin script can read from GET /api/auth/session.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    private readonly cookies: AuthCookies,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, [context.getHandler(), context.getClass()])) return true;
    const header = request.headers['x-csrf-token'];
    const cookie = this.cookies.csrfToken(request);
    if (typeof header === 'string' && cookie && constantTimeEquals(header, cookie)) return true;
    throw new DomainError(ErrorCode.CsrfTokenInvalid);
  }
}
