import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import { DomainError } from '../errors/domain-error';
import { DEFAULT_MESSAGES } from '../errors/error-status';
import { PUBLIC_ROUTE } from './access.decorators';

/**
 * The global guard: fails closed. A route without `@Public()` needs a signed-in person; until
 * sign-in exists (Accounts issue) there is no session, so such routes answer 401.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    throw new DomainError(ErrorCode.NotAuthenticated, DEFAULT_MESSAGES[ErrorCode.NotAuthenticated]);
  }
}
