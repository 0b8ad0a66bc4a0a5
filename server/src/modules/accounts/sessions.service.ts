import { Inject, Injectable } from '@nestjs/common';
import type { SessionSummary } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor, ClientInfo, SessionResolver } from '../../infrastructure/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { RealtimeAccess } from '../../infrastructure/realtime/realtime-access';
import { hashToken, newSecureToken } from '../../infrastructure/security/secure-token';
import { describeDevice } from './device';
import { SessionsRepository } from './sessions.repository';

/** Only write last_seen_at once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60_000;

/** Server-side sessions with idle and absolute expiry; the cookie carries only a random token. */
@Injectable()
export class SessionsService implements SessionResolver {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly realtime: RealtimeAccess,
  ) {}

  async create(
    userId: string,
    options: { method: 'password' | 'oidc'; client: ClientInfo; secondFactorPending: boolean },
    manager?: EntityManager,
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const { token, hash } = newSecureToken();
    const expiresAt = new Date(Date.now() + this.config.auth.session.absoluteDays * 86_400_000);
    const sessionId = await this.sessions.insert(
      {
        tokenHash: hash,
        userId,
        signInMethod: options.method,
        secondFactorPending: options.secondFactorPending,
        userAgent: options.client.userAgent,
        expiresAt,
      },
      manager,
    );
    return { token, sessionId, expiresAt };
  }

  /** One indexed query per request; expired, idle and revoked sessions resolve to nobody. */
  async resolve(token: string): Promise<Actor | null> {
    const row = await this.sessions.findActive(hashToken(token), this.config.auth.session.idleMinutes);
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) await this.sessions.touch(row.session_id);
    return {
      userId: row.user_id,
      sessionId: row.session_id,
      email: row.email,
      displayName: row.display_name,
      platformRole: row.platform_role,
      emailVerified: row.email_verified_at !== null,
      twoFactorEnabled: row.totp_enabled_at !== null,
      hasPassword: row.has_password,
      secondFactorPending: row.second_factor_pending,
    };
  }

  async completeSecondFactor(sessionId: string): Promise<void> {
    await this.sessions.completeSecondFactor(sessionId);
  }

  async list(userId: string, currentSessionId: string): Promise<SessionSummary[]> {
    const sessions = await this.sessions.listOpen(userId);
    const idleLimit = Date.now() - this.config.auth.session.idleMinutes * 60_000;
    return sessions
      .filter((s) => s.expiresAt.getTime() > Date.now() && s.lastSeenAt.getTime() > idleLimit)
      .map((s) => ({
        id: s.id,
        device: describeDevice(s.userAgent),
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        current: s.id === currentSessionId,
        signInMethod: s.signInMethod,
      }));
  }

  /** Revokes one of the person's own sessions; false when there is no such session. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const revoked = await this.sessions.transaction(async (manager) => {
      const count = await this.sessions.revoke(userId, { only: sessionId }, manager);
      if (count > 0) await this.outbox.record(manager, 'session.revoked', { userId });
      return count > 0;
    });
    // Its open real-time connections close before the answer, on every node.
    if (revoked) await this.realtime.accessChanged(userId);
    return revoked;
  }

  /** Revokes every session of the person except `keepSessionId` (all when undefined); returns how many. */
  async revokeAll(userId: string, keepSessionId?: string, manager?: EntityManager): Promise<number> {
    const revokeIn = async (writer: EntityManager) => {
      const count = await this.sessions.revoke(userId, { keep: keepSessionId }, writer);
      if (count > 0) await this.outbox.record(writer, 'session.revoked', { userId });
      return count;
    };
    // In a caller's transaction the change is not committed yet: the outbox event closes the connections after commit.
    if (manager) return revokeIn(manager);
    const count = await this.sessions.transaction(revokeIn);
    if (count > 0) await this.realtime.accessChanged(userId);
    return count;
  }
}
