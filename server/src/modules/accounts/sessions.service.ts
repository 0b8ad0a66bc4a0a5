import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SessionSummary } from '@commonroom/contracts';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import type { Actor, ClientInfo, SessionResolver } from '../../infrastructure/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { RealtimeAccess } from '../../infrastructure/realtime/realtime-access';
import { hashToken, newSecureToken } from '../../infrastructure/security/secure-token';
import { describeDevice } from './device';
import { SessionEntity } from './session.entity';

/** Only write last_seen_at once a minute per session, not on every request. */
const TOUCH_AFTER_MS = 60_000;

interface ResolvedRow {
  session_id: string;
  last_seen_at: Date;
  second_factor_pending: boolean;
  user_id: string;
  email: string;
  display_name: string;
  platform_role: string;
  email_verified_at: Date | null;
  totp_enabled_at: Date | null;
  has_password: boolean;
}

/** Server-side sessions with idle and absolute expiry; the cookie carries only a random token. */
@Injectable()
export class SessionsService implements SessionResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly realtime: RealtimeAccess,
  ) {}

  async create(
    userId: string,
    options: { method: 'password' | 'oidc'; client: ClientInfo; secondFactorPending: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const { token, hash } = newSecureToken();
    const expiresAt = new Date(Date.now() + this.config.auth.session.absoluteDays * 86_400_000);
    const result = await manager.insert(SessionEntity, {
      tokenHash: hash,
      userId,
      signInMethod: options.method,
      secondFactorPending: options.secondFactorPending,
      userAgent: options.client.userAgent,
      expiresAt,
    });
    return { token, sessionId: (result.identifiers[0] as { id: string }).id, expiresAt };
  }

  /** One indexed query per request; expired, idle and revoked sessions resolve to nobody. */
  async resolve(token: string): Promise<Actor | null> {
    const rows: ResolvedRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.last_seen_at, s.second_factor_pending, u.id AS user_id, u.email, u.display_name,
              u.platform_role, u.email_verified_at, u.totp_enabled_at, (u.password_hash IS NOT NULL) AS has_password
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [hashToken(token), this.config.auth.session.idleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
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
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { secondFactorPending: false, lastSeenAt: new Date() });
  }

  async list(userId: string, currentSessionId: string): Promise<SessionSummary[]> {
    const sessions = await this.dataSource.getRepository(SessionEntity).find({
      where: { userId, revokedAt: IsNull(), secondFactorPending: false },
      order: { lastSeenAt: 'DESC' },
    });
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
    const revoked = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(SessionEntity)
        .update({ id: sessionId, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (result.affected) await this.outbox.record(manager, 'session.revoked', { userId });
      return (result.affected ?? 0) > 0;
    });
    // Its open real-time connections close before the answer, on every node.
    if (revoked) await this.realtime.accessChanged(userId);
    return revoked;
  }

  /** Revokes every session of the person except `keepSessionId` (all when undefined); returns how many. */
  async revokeAll(userId: string, keepSessionId?: string, manager?: EntityManager): Promise<number> {
    const where = keepSessionId ? { userId, revokedAt: IsNull(), id: Not(keepSessionId) } : { userId, revokedAt: IsNull() };
    const writer = manager ?? this.dataSource.manager;
    const result = await writer.getRepository(SessionEntity).update(where, { revokedAt: new Date() });
    const count = result.affected ?? 0;
    if (count > 0) await this.outbox.record(writer, 'session.revoked', { userId });
    // In a caller's transaction the change is not committed yet: the outbox event closes the connections after commit.
    if (count > 0 && !manager) await this.realtime.accessChanged(userId);
    return count;
  }
}
