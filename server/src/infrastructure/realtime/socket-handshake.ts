import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ErrorCode } from '@commonroom/contracts';
import fastifyCookie from '@fastify/cookie';
import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_RESOLVER, type Actor, type SessionResolver } from '../auth/actor';
import { AuthCookies } from '../auth/cookies';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** A refused handshake; socket.io-client sees `message` (an error code) and `data.message` in `connect_error`. */
export class HandshakeRefused extends Error {
  readonly data: { message: string };

  constructor(code: ErrorCode, sentence: string) {
    super(code);
    this.data = { message: sentence };
  }
}

/**
 * A browser always sends `Origin` on a WebSocket handshake, and the session cookie goes along
 * whatever page opened it: a socket from another site would act as the signed-in person
 * (cross-site WebSocket hijacking). So a handshake with an `Origin` must come from this server,
 * as addressed (`Host`) or as configured (`PUBLIC_URL`). One without `Origin` is not a browser
 * page of ours, and the only client is the browser: refused too.
 */
export function isOwnOrigin(origin: string | undefined, host: string | undefined, publicUrl: string): boolean {
  if (origin === undefined) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes "null", sent by sandboxed frames
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return (host !== undefined && url.host === host.toLowerCase()) || url.origin === new URL(publicUrl).origin;
}

/**
 * Checks a socket.io handshake the way the HTTP guard checks a request: same origin, a session
 * cookie of a fully signed-in person, two-factor set up where the role requires it.
 */
@Injectable()
export class SocketHandshake {
  private resolver: SessionResolver | undefined;

  constructor(
    private readonly cookies: AuthCookies,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the signed-in person and their session token, or throws `HandshakeRefused`. */
  async authenticate(headers: IncomingHttpHeaders): Promise<{ actor: Actor; token: string }> {
    if (!isOwnOrigin(headers.origin, headers.host, this.config.http.publicUrl)) {
      throw new HandshakeRefused(ErrorCode.Forbidden, 'Live updates only work on pages of this site.');
    }
    const token = headers.cookie ? fastifyCookie.parse(headers.cookie)[this.cookies.sessionName] : undefined;
    const actor = token ? await this.sessions().resolve(token) : null;
    if (!token || !actor || actor.secondFactorPending) {
      throw new HandshakeRefused(ErrorCode.NotAuthenticated, 'Sign in to see live updates.');
    }
    if (!actor.twoFactorEnabled && this.config.auth.twoFactorRequiredRoles.includes(actor.platformRole)) {
      throw new HandshakeRefused(
        ErrorCode.SecondFactorRequired,
        'Turn on two-factor authentication to see live updates.',
      );
    }
    return { actor, token };
  }

  /** The session again: a connection outlives sign-out elsewhere, so subscriptions re-check it. */
  async stillSignedIn(token: string): Promise<Actor | null> {
    const actor = await this.sessions().resolve(token);
    return actor && !actor.secondFactorPending ? actor : null;
  }

  /** The accounts module implements the resolver; looked up lazily so infrastructure never imports it. */
  private sessions(): SessionResolver {
    this.resolver ??= this.moduleRef.get<SessionResolver>(SESSION_RESOLVER, { strict: false });
    return this.resolver;
  }
}
