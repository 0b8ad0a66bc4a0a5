import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PARTNERSHIP_REF_COLUMNS, type PartnershipRefRow } from '../communities';
import { READABLE_THREADS, SENSITIVE } from './alert-threads.repository';
import { DEFAULT_MODE_SQL, PREFERENCES_OF } from './email-preferences.repository';

export type DigestPeriod = 'daily' | 'weekly';

export interface DigestThreadRow extends PartnershipRefRow {
  thread_id: string;
  title: string;
  sensitive: boolean;
  community_slug: string;
  community_name: string;
  new_posts: number;
}

/** How far back a first digest looks, when the person has never had one. */
const FIRST_LOOKBACK = { daily: '1 day', weekly: '7 days' } as const;
const LAST_SENT = { daily: 'last_daily_digest_at', weekly: 'last_weekly_digest_at' } as const;

/** SQL: person `u` has at least one community whose mode (or their default) is the period `$period`. */
const WANTS_PERIOD = (person: string, period: string) => `EXISTS (
  SELECT 1 FROM community_memberships m
    LEFT JOIN community_email_preferences cp ON cp.user_id = m.user_id AND cp.community_id = m.community_id
   WHERE m.user_id = ${person} AND COALESCE(cp.mode, ${DEFAULT_MODE_SQL}) = ${period})`;

/**
 * Digest reads. Each person's digest is one statement; the people due are read a page at a time,
 * so a run for 40,000 people never holds them all in memory.
 */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page (keyset on id) of the people whose digest hour (and weekday, for weekly) is now. */
  async duePeople(period: DigestPeriod, hour: number, weekday: number, afterId: string | null, limit: number) {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM people u ${PREFERENCES_OF('u.id')}
        WHERE ($1::uuid IS NULL OR u.id > $1) AND NOT COALESCE(p.all_off, false)
          AND COALESCE(p.digest_hour, 7) = $2 AND ($3::int IS NULL OR COALESCE(p.digest_weekday, 1) = $3)
          AND ${WANTS_PERIOD('u.id', '$4')}
        ORDER BY u.id LIMIT $5`,
      [afterId, hour, period === 'weekly' ? weekday : null, period, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The most active threads since the person's last digest in the communities they get this
   * digest for: readable now, not opted out of, with posts they have not read and did not write.
   */
  async threads(userId: string, period: DigestPeriod, at: Date, limit = 10): Promise<DigestThreadRow[]> {
    return this.dataSource.query(
      `WITH me AS (
         SELECT COALESCE(p.${LAST_SENT[period]}, $3::timestamptz - interval '${FIRST_LOOKBACK[period]}') AS since,
                ${DEFAULT_MODE_SQL} AS default_mode
           FROM (SELECT $1::uuid AS id) u ${PREFERENCES_OF('u.id')}),
       chosen AS (
         SELECT DISTINCT m.community_id FROM community_memberships m CROSS JOIN me
           LEFT JOIN community_email_preferences cp ON cp.user_id = m.user_id AND cp.community_id = m.community_id
          WHERE m.user_id = $1 AND COALESCE(cp.mode, me.default_mode) = $2)
       SELECT * FROM (
         SELECT t.thread_id, t.title, ${SENSITIVE} AS sensitive, c.slug AS community_slug,
                c.name AS community_name, ${PARTNERSHIP_REF_COLUMNS},
                (SELECT count(*)::int FROM searchable_posts sp
                  WHERE sp.thread_id = t.thread_id AND sp.hidden_at IS NULL AND sp.deleted_at IS NULL
                    AND sp.created_at > me.since AND sp.created_at <= $3 AND sp.author_id <> $1
                    AND sp.number > COALESCE(r.last_read_number, 0)) AS new_posts
           FROM ${READABLE_THREADS('$1')}
           JOIN chosen ON chosen.community_id = t.community_id
           CROSS JOIN me
           LEFT JOIN discussion_reading r ON r.user_id = $1 AND r.thread_id = t.thread_id
          WHERE t.last_post_at > me.since AND COALESCE(r.last_read_number, 0) < t.post_count
            AND COALESCE(r.level, 'normal') <> 'muted'
            AND NOT EXISTS (SELECT 1 FROM thread_email_opt_outs o WHERE o.user_id = $1 AND o.thread_id = t.thread_id)
       ) active
       WHERE new_posts > 0
       ORDER BY new_posts DESC, thread_id LIMIT $4`,
      [userId, period, at, limit],
    );
  }

  async markSent(userId: string, period: DigestPeriod, at: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO email_preferences (user_id, ${LAST_SENT[period]}) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET ${LAST_SENT[period]} = $2`,
      [userId, at],
    );
  }
}
