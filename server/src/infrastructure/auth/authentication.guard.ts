import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { ALLOW_WITHOUT_SECOND_FACTOR, PUBLIC_ROUTE } from './access.decorators';
import { SESSION_RESOLVER, type SessionResolver } from './actor';
import { AuthCookies } from './cookies';

/**
 * The global guard, failing closed: every route needs a fully signed-in person unless it is
 * `@Public()`. It attaches the actor to public routes too, so they can tailor their answer.
 * People whose platform role requires two-factor authentication can only reach the routes that
 * set it up until they have turned it on.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly cookies: AuthCookies,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = this.cookies.sessionToken(request);
    const actor = token ? await this.sessions.resolve(token) : null;
    if (actor) request.actor = actor;

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    if (!actor || actor.secondFactorPending) {
      throw new DomainError(ErrorCode.NotAuthenticated);
    }
    const mustEnrol = !actor.twoFactorEnabled && this.config.auth.twoFactorRequiredRoles.includes(actor.platformRole);
    if (mustEnrol && !this.reflector.getAllAndOverride<boolean>(ALLOW_WITHOUT_SECOND_FACTOR, targets)) {
      throw new DomainError(ErrorCode.SecondFactorRequired);
    }
    return true;
  }
}
