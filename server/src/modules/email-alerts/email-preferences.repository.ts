import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityEmailPreference, EmailMode, UpdateEmailPreferences } from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { UnsubscribeGrant } from './unsubscribe-tokens';

export interface PreferenceRow {
  default_mode: EmailMode;
  digest_hour: number;
  digest_weekday: number;
  quiet_start: number | null;
  quiet_end: number | null;
  mentions: boolean;
  replies: boolean;
  all_off: boolean;
}

/** How one notice should reach one person by email, as `deliveryPlans` decides it in one statement. */
export interface DeliveryPlanRow {
  user_id: string;
  thread_id: string | null;
  community_id: string | null;
  mode: EmailMode;
  all_off: boolean;
  mentions: boolean;
  replies: boolean;
  opted_out: boolean;
  quiet_start: number | null;
  quiet_end: number | null;
}

/** A person without a row has these: a daily digest, and mentions and replies at once. */
const DEFAULTS: PreferenceRow = {
  default_mode: 'daily',
  digest_hour: 7,
  digest_weekday: 1,
  quiet_start: null,
  quiet_end: null,
  mentions: true,
  replies: true,
  all_off: false,
};

/** SQL: the person's preferences row or the defaults, as `p`, for a person `u` from `people`. */
export const PREFERENCES_OF = (person: string) => `LEFT JOIN email_preferences p ON p.user_id = ${person}`;
export const DEFAULT_MODE = DEFAULTS.default_mode;
export const DEFAULT_MODE_SQL = `COALESCE(p.default_mode, '${DEFAULT_MODE}')`;

/** Email preferences, per-community modes and thread opt-outs. */
@Injectable()
export class EmailPreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(userId: string): Promise<PreferenceRow> {
    const rows: PreferenceRow[] = await this.dataSource.query(
      `SELECT default_mode, digest_hour, digest_weekday, quiet_start, quiet_end, mentions, replies, all_off
         FROM email_preferences WHERE user_id = $1`,
      [userId],
    );
    return rows[0] ?? DEFAULTS;
  }

  /** Every community the person is in (directly or through a partnership), with their mode for it. */
  async communities(userId: string): Promise<CommunityEmailPreference[]> {
    const rows: { id: string; slug: string; name: string; mode: EmailMode | null }[] = await this.dataSource.query(
      `SELECT d.id, d.slug, d.name, cp.mode
         FROM community_directory d
         LEFT JOIN community_email_preferences cp ON cp.community_id = d.id AND cp.user_id = $1
        WHERE d.id IN (SELECT m.community_id FROM community_memberships m WHERE m.user_id = $1)
        ORDER BY lower(d.name), d.id`,
      [userId],
    );
    return rows.map((r) => ({ communityId: r.id, slug: r.slug, name: r.name, mode: r.mode }));
  }

  async save(manager: EntityManager, userId: string, p: UpdateEmailPreferences): Promise<void> {
    await manager.query(
      `INSERT INTO email_preferences
              (user_id, default_mode, digest_hour, digest_weekday, quiet_start, quiet_end, mentions, replies, all_off)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (user_id) DO UPDATE SET default_mode = $2, digest_hour = $3, digest_weekday = $4,
              quiet_start = $5, quiet_end = $6, mentions = $7, replies = $8, all_off = $9`,
      [userId, p.defaultMode, p.digestHour, p.digestWeekday, p.quietStart, p.quietEnd, p.mentions, p.replies, p.allOff],
    );
    const ids = p.communities.map((c) => c.communityId);
    const modes = p.communities.map((c) => c.mode);
    // Only communities the person is in are kept; a null mode goes back to the default.
    await manager.query(
      `DELETE FROM community_email_preferences WHERE user_id = $1 AND community_id = ANY($2::uuid[])`,
      [userId, ids],
    );
    await manager.query(
      `INSERT INTO community_email_preferences (user_id, community_id, mode)
       SELECT $1, x.id, x.mode FROM unnest($2::uuid[], $3::text[]) AS x(id, mode)
        WHERE x.mode IS NOT NULL
          AND x.id IN (SELECT m.community_id FROM community_memberships m WHERE m.user_id = $1)
       ON CONFLICT DO NOTHING`,
      [userId, ids, modes],
    );
  }

  /** Applies (or, with `undo`, reverses) what an unsubscribe token asks. Idempotent either way. */
  async unsubscribe(grant: UnsubscribeGrant, undo = false): Promise<void> {
    const { userId, scope, scopeId } = grant;
    if (scope === 'all') {
      await this.dataSource.query(
        `INSERT INTO email_preferences (user_id, all_off) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET all_off = $2`,
        [userId, !undo],
      );
    } else if (scope === 'community') {
      await this.dataSource.query(
        undo
          ? `DELETE FROM community_email_preferences WHERE user_id = $1 AND community_id = $2 AND mode = 'never'`
          : `INSERT INTO community_email_preferences (user_id, community_id, mode)
             SELECT $1, id, 'never' FROM community_directory WHERE id = $2
             ON CONFLICT (user_id, community_id) DO UPDATE SET mode = 'never'`,
        [userId, scopeId],
      );
    } else {
      await this.dataSource.query(
        undo
          ? `DELETE FROM thread_email_opt_outs WHERE user_id = $1 AND thread_id = $2`
          : `INSERT INTO thread_email_opt_outs (user_id, thread_id)
             SELECT $1, thread_id FROM discussion_thread_summaries WHERE thread_id = $2
             ON CONFLICT DO NOTHING`,
        [userId, scopeId],
      );
    }
  }

  /** Whether what the token asks is already in effect. */
  async isUnsubscribed({ userId, scope, scopeId }: UnsubscribeGrant): Promise<boolean> {
    const sql = {
      all: `SELECT 1 FROM email_preferences WHERE user_id = $1 AND all_off AND $2::uuid IS NULL`,
      community: `SELECT 1 FROM community_email_preferences WHERE user_id = $1 AND community_id = $2 AND mode = 'never'`,
      thread: `SELECT 1 FROM thread_email_opt_outs WHERE user_id = $1 AND thread_id = $2`,
    }[scope];
    const rows: unknown[] = await this.dataSource.query(sql, [userId, scopeId]);
    return rows.length > 0;
  }

  /**
   * For each (person, thread, community) of freshly created notices: the person's switches, quiet
   * hours, the mode of that community (or their default) and whether they opted out of the thread.
   */
  async deliveryPlans(
    manager: EntityManager,
    items: { userId: string; threadId: string | null; communityId: string | null }[],
  ): Promise<DeliveryPlanRow[]> {
    if (items.length === 0) return [];
    return manager.query(
      `SELECT x.user_id, x.thread_id, x.community_id,
              COALESCE(cp.mode, ${DEFAULT_MODE_SQL}) AS mode,
              COALESCE(p.all_off, false) AS all_off, COALESCE(p.mentions, true) AS mentions,
              COALESCE(p.replies, true) AS replies, p.quiet_start, p.quiet_end,
              (o.user_id IS NOT NULL) AS opted_out
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS x(user_id, thread_id, community_id)
         ${PREFERENCES_OF('x.user_id')}
         LEFT JOIN community_email_preferences cp ON cp.user_id = x.user_id AND cp.community_id = x.community_id
         LEFT JOIN thread_email_opt_outs o ON o.user_id = x.user_id AND o.thread_id = x.thread_id`,
      [items.map((i) => i.userId), items.map((i) => i.threadId), items.map((i) => i.communityId)],
    );
  }
}
