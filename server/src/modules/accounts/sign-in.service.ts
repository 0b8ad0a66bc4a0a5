import { Injectable } from '@nestjs/common';
import { ErrorCode, type SignInRequest, type SignInResult } from '@commonroom/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Actor, ClientInfo } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { RateLimiter, rateLimited } from '../../infrastructure/rate-limit/rate-limiter.service';
import { PasswordHasher } from '../../infrastructure/security/password-hasher';
import { AuditService } from '../audit';
import { currentUserFromEntity } from './current-user';
import { SessionsService } from './sessions.service';
import { invalidCode, TwoFactorService } from './two-factor.service';
import { UsersRepository } from './users.repository';

const FAILURE_WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins allowed per account per window before it is locked until the window ends. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** After this many failures each further attempt is answered more slowly (0.25 s, 0.5 s … 4 s). */
const SLOW_DOWN_AFTER = 3;

export interface StartedSession {
  token: string;
  expiresAt: Date;
  result: SignInResult;
}

/** Password sign-in, the second factor, and signing out. */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly twoFactor: TwoFactorService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  async signIn(request: SignInRequest, client: ClientInfo): Promise<StartedSession> {
    await this.limiter.consume({ key: `sign-in:ip:${client.ip}`, limit: 60, windowSeconds: FAILURE_WINDOW_SECONDS });
    const failures = {
      key: `sign-in-failed:${request.email}`,
      limit: MAX_FAILURES_PER_ACCOUNT,
      windowSeconds: FAILURE_WINDOW_SECONDS,
    };
    // A slot is taken before the password is checked, so parallel guesses cannot overrun the lock.
    const attempt = await this.limiter.reserve(failures);
    if (!attempt.reserved) throw rateLimited(attempt.retryAfter);
    const earlierFailures = attempt.hits - 1;
    if (earlierFailures > SLOW_DOWN_AFTER) {
      await sleep(Math.min(4000, 250 * 2 ** (earlierFailures - SLOW_DOWN_AFTER - 1)));
    }

    const user = await this.users.findByEmail(request.email);
    if (!(await this.hasher.verify(user?.passwordHash ?? null, request.password)) || !user) {
      await this.audit.record({
        action: 'sign_in_failed',
        subjectUserId: user?.id ?? null,
        client,
        metadata: { method: 'password' },
      });
      throw new DomainError(ErrorCode.InvalidCredentials);
    }
    await this.limiter.release(failures);
    if (!user.emailVerifiedAt) throw new DomainError(ErrorCode.EmailNotVerified);
    if (user.passwordHash && this.hasher.needsRehash(user.passwordHash)) {
      await this.users.update(user.id, { passwordHash: await this.hasher.hash(request.password) });
    }

    const pending = user.totpEnabledAt !== null;
    const session = await this.sessions.create(user.id, { method: 'password', client, secondFactorPending: pending });
    await this.audit.record({
      action: pending ? 'sign_in_password_accepted' : 'sign_in',
      actorUserId: user.id,
      subjectUserId: user.id,
      client,
      metadata: { method: 'password', sessionId: session.sessionId },
    });
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      result: pending
        ? { status: 'second_factor_required' }
        : { status: 'signed_in', user: currentUserFromEntity(user) },
    };
  }

  /** Completes a sign-in that is waiting for its TOTP or recovery code. */
  async completeSecondFactor(actor: Actor | undefined, code: string, client: ClientInfo): Promise<SignInResult> {
    if (!actor?.secondFactorPending) throw new DomainError(ErrorCode.NotAuthenticated);
    await this.limiter.consume({
      key: `second-factor:${actor.userId}`,
      limit: MAX_FAILURES_PER_ACCOUNT,
      windowSeconds: FAILURE_WINDOW_SECONDS,
    });
    const user = await this.users.findById(actor.userId);
    const check = user ? await this.twoFactor.verify(user, code) : { ok: false, method: 'totp' as const };
    if (!user || !check.ok) {
      await this.audit.record({ action: 'second_factor_failed', subjectUserId: actor.userId, client });
      throw invalidCode();
    }
    await this.sessions.completeSecondFactor(actor.sessionId);
    await this.audit.record({
      action: 'sign_in',
      actorUserId: user.id,
      subjectUserId: user.id,
      client,
      metadata: { method: 'password', secondFactor: check.method, sessionId: actor.sessionId },
    });
    return { status: 'signed_in', user: currentUserFromEntity(user) };
  }

  async signOut(actor: Actor | undefined, client: ClientInfo): Promise<void> {
    if (!actor) return;
    await this.sessions.revoke(actor.userId, actor.sessionId);
    await this.audit.record({
      action: 'sign_out',
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
      client,
      metadata: { sessionId: actor.sessionId },
    });
  }
}
