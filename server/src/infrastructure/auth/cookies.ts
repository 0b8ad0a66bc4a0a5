import { Inject, Injectable } from '@nestjs/common';
import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { newSecureToken } from '../security/secure-token';

/**
 * The session and CSRF cookies. On https (and loopback, which browsers treat as secure) they are
 * `__Host-` prefixed and Secure: bound to this exact host, never sent over plain http.
 */
@Injectable()
export class AuthCookies {
  readonly sessionName: string;
  readonly csrfName: string;
  readonly oidcName: string;
  private readonly secure: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secure = config.auth.secureCookies;
    this.sessionName = this.secure ? '__Host-session' : 'commonroom-session';
    this.csrfName = this.secure ? '__Host-csrf' : 'commonroom-csrf';
    this.oidcName = this.secure ? '__Host-oidc' : 'commonroom-oidc';
  }

  sessionToken(request: FastifyRequest): string | undefined {
    return request.cookies[this.sessionName];
  }

  csrfToken(request: FastifyRequest): string | undefined {
    return request.cookies[this.csrfName];
  }

  /**
   * A new session always comes with a new CSRF token, so a token learned before sign-in (planted
   * or read on a shared computer) is worthless after it. The client fetches the new one from
   * GET /api/auth/session when its next mutation is refused.
   */
  setSession(reply: FastifyReply, token: string, expires: Date): void {
    void reply.setCookie(this.sessionName, token, { ...this.base(), sameSite: 'lax', expires });
    this.setCsrf(reply, newSecureToken().token);
  }

  clearSession(reply: FastifyReply): void {
    void reply.clearCookie(this.sessionName, { ...this.base(), sameSite: 'lax' });
    this.setCsrf(reply, newSecureToken().token);
  }

  /** The CSRF token lives in an HttpOnly cookie; the client learns it from GET /api/auth/session. */
  setCsrf(reply: FastifyReply, token: string): void {
    void reply.setCookie(this.csrfName, token, { ...this.base(), sameSite: 'strict' });
  }

  /** Encrypted sign-in state for the trip to the provider; Lax so it comes back on the redirect. */
  setOidcState(reply: FastifyReply, sealed: string): void {
    void reply.setCookie(this.oidcName, sealed, { ...this.base(), sameSite: 'lax', maxAge: 600 });
  }

  oidcState(request: FastifyRequest): string | undefined {
    return request.cookies[this.oidcName];
  }

  clearOidcState(reply: FastifyReply): void {
    void reply.clearCookie(this.oidcName, { ...this.base(), sameSite: 'lax' });
  }

  private base() {
    return { path: '/', httpOnly: true, secure: this.secure };
  }
}
