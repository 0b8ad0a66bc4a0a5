import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

/** A live session with the account it belongs to: what every authenticated request needs. */
export interface ActiveSessionRow {
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

export type NewSession = Pick<
  SessionEntity,
  'tokenHash' | 'userId' | 'signInMethod' | 'secondFactorPending' | 'userAgent' | 'expiresAt'
>;

/** Server-side sessions; every write can join the caller's transaction. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction, for changes that record an outbox event with them. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private sessions(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(SessionEntity);
  }

  async insert(session: NewSession, manager?: EntityManager): Promise<string> {
    const result = await this.sessions(manager).insert(session);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** One indexed query: the session unless expired, idle longer than `idleMinutes` or revoked. */
  async findActive(tokenHash: string, idleMinutes: number): Promise<ActiveSessionRow | null> {
    const rows: ActiveSessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.last_seen_at, s.second_factor_pending, u.id AS user_id, u.email, u.display_name,
              u.platform_role, u.email_verified_at, u.totp_enabled_at, (u.password_hash IS NOT NULL) AS has_password
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [tokenHash, idleMinutes],
    );
    return rows[0] ?? null;
  }

  async touch(sessionId: string): Promise<void> {
    await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [sessionId]);
  }

  async completeSecondFactor(sessionId: string): Promise<void> {
    await this.sessions().update({ id: sessionId }, { secondFactorPending: false, lastSeenAt: new Date() });
  }

  /** The person's unrevoked, fully signed-in sessions, most recently used first (expiry is the caller's). */
  listOpen(userId: string): Promise<SessionEntity[]> {
    return this.sessions().find({
      where: { userId, revokedAt: IsNull(), secondFactorPending: false },
      order: { lastSeenAt: 'DESC' },
    });
  }

  /** Revokes the person's sessions (one when `only` is given), keeping `keep`; returns how many. */
  async revoke(userId: string, which: { only?: string; keep?: string }, manager?: EntityManager): Promise<number> {
    const id = which.only ?? (which.keep ? Not(which.keep) : undefined);
    const where = { userId, revokedAt: IsNull(), ...(id !== undefined && { id }) };
    const result = await this.sessions(manager).update(where, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}
