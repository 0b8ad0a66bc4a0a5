import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The signed-in person making a request, as resolved from the session cookie. */
export interface Actor {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  platformRole: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  hasPassword: boolean;
  /** Password accepted, TOTP still to come: such a session may only complete sign-in. */
  secondFactorPending: boolean;
}

/** Where the request came from, for the audit log and the session list. Never logged with content. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/** Resolves a session cookie to an actor. Implemented by the accounts module. */
export interface SessionResolver {
  resolve(token: string): Promise<Actor | null>;
}
export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');

/** The signed-in actor; on a non-public route the guard guarantees there is one. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | undefined => {
  return context.switchToHttp().getRequest<FastifyRequest>().actor;
});

export const RequestClient = createParamDecorator((_data: unknown, context: ExecutionContext): ClientInfo => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null };
});
