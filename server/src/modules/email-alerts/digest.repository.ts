import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PARTNERSHIP_REF_COLUMNS, PARTNERSHIP_REF_JOINS, type PartnershipRefRow } from '../communities';
import { returningRows } from '../../infrastructure/database/returning-rows';
import { SENSITIVE } from './alert-threads.repository';
import { DEFAULT_MODE, DEFAULT_MODE_SQL, PREFERENCES_OF } from './email-preferences.repository';

export type DigestPeriod = 'daily' | 'weekly';

export interface DigestThreadRow extends PartnershipRefRow {
  user_id: string;
  thread_id: string;
  title: string;
  sensitive: boolean;
  community_slug: string;
  community_name: string;
  new_posts: number;
}

/** How far back a first digest looks, when the person has never had one. */
const FIRST_LOOKBACK = { daily: '1 day', weekly: '7 days' } as const;
/** A digest sent less than this before a run counts as this period's (an hour's leeway either way). */
const SAME_PERIOD = { daily: '22 hours', weekly: '6 days 22 hours' } as const;
/**
 * Threads looked at per community (the most recently active): with the LIMITs in the statement it
 * keeps the planner on index lookups per person instead of hashing every thread and reading.
 */
const ACTIVE_PER_COMMUNITY = 100;
const LAST_SENT = { daily: 'last_daily_digest_at', weekly: 'last_weekly_digest_at' } as const;

/** SQL: person `u` has at least one community whose mode (or their default) is the period `$period`. */
const WANTS_PERIOD = (person: string, period: string) => `EXISTS (
  SELECT 1 FROM community_memberships m
    LEFT JOIN community_email_preferences cp ON cp.user_id = m.user_id AND cp.community_id = m.community_id
   WHERE m.user_id = ${person} AND COALESCE(cp.mode, ${DEFAULT_MODE_SQL}) = ${period})`;

/**
 * Digest reads. A page of people's digests is one statement; the people due are read a page at a
 * time, so a run for 40,000 people never holds them all in memory.
 */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page (keyset on id) of the people whose digest hour (and weekday, for weekly) is now. */
  async duePeople(
    period: DigestPeriod,
    at: Date,
    clock: { hour: number; weekday: number },
    afterId: string | null,
    limit: number,
  ) {
    const { hour, weekday } = clock;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM people u ${PREFERENCES_OF('u.id')}
        WHERE ($1::uuid IS NULL OR u.id > $1) AND NOT COALESCE(p.all_off, false)
          AND COALESCE(p.digest_hour, 7) = $2 AND ($3::int IS NULL OR COALESCE(p.digest_weekday, 1) = $3)
          AND ${WANTS_PERIOD('u.id', '$4')}
          -- Already sent this period (a second run for the same hour, a CLI run and the schedule): not again.
          AND (p.${LAST_SENT[period]} IS NULL OR p.${LAST_SENT[period]} <= $6::timestamptz - interval '${SAME_PERIOD[period]}')
        ORDER BY u.id LIMIT $5`,
      [afterId, hour, period === 'weekly' ? weekday : null, period, limit, at],
    );
    return rows.map((r) => r.id);
  }

  /**
   * For a page of people, the most active threads (`limit` each) since each one's last digest in the
   * communities they get this digest for: readable now, not opted out of or muted, with posts they
   * have not read and did not write. One statement, driven by indexes from the person: their
   * communities, each community's threads active since then, each thread's posts since then.
   */
  async threads(userIds: string[], period: DigestPeriod, at: Date, limit = 10): Promise<DigestThreadRow[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.query(
      `WITH people AS MATERIALIZED (
         SELECT u.id AS user_id, COALESCE(p.since, $3::timestamptz - interval '${FIRST_LOOKBACK[period]}') AS since,
                COALESCE(p.default_mode, '${DEFAULT_MODE}') AS default_mode
           FROM unnest($1::uuid[]) u(id)
           LEFT JOIN LATERAL (SELECT ep.${LAST_SENT[period]} AS since, ep.default_mode FROM email_preferences ep
                               WHERE ep.user_id = u.id) p ON true),
       chosen AS MATERIALIZED (
         SELECT DISTINCT pe.user_id, pe.since, m.community_id
           FROM people pe JOIN community_memberships m ON m.user_id = pe.user_id
           LEFT JOIN community_email_preferences cp ON cp.user_id = m.user_id AND cp.community_id = m.community_id
          WHERE COALESCE(cp.mode, pe.default_mode) = $2 AND may_read_community(pe.user_id, m.community_id)),
       active AS (
         SELECT ch.user_id, t.thread_id, t.title, t.community_id, n.new_posts,
                row_number() OVER (PARTITION BY ch.user_id ORDER BY n.new_posts DESC, t.thread_id) AS rank
           FROM chosen ch
           CROSS JOIN LATERAL (
             SELECT t.thread_id, t.title, t.community_id, t.post_count FROM discussion_thread_summaries t
              WHERE t.community_id = ch.community_id AND t.last_post_at > ch.since AND t.type = 'forum'
                AND NOT t.deleted
              ORDER BY t.last_post_at DESC LIMIT ${ACTIVE_PER_COMMUNITY}) t
           LEFT JOIN LATERAL (SELECT r.last_read_number, r.level FROM discussion_reading r
                               WHERE r.user_id = ch.user_id AND r.thread_id = t.thread_id LIMIT 1) r ON true
           CROSS JOIN LATERAL (
             SELECT count(*)::int AS new_posts FROM searchable_posts sp
              WHERE sp.thread_id = t.thread_id AND sp.hidden_at IS NULL AND sp.deleted_at IS NULL
                AND sp.created_at > ch.since AND sp.created_at <= $3 AND sp.author_id <> ch.user_id
                AND sp.number > COALESCE(r.last_read_number, 0)) n
          WHERE COALESCE(r.last_read_number, 0) < t.post_count AND COALESCE(r.level, 'normal') <> 'muted'
            AND n.new_posts > 0
            AND NOT EXISTS (SELECT 1 FROM thread_email_opt_outs o WHERE o.user_id = ch.user_id AND o.thread_id = t.thread_id))
       SELECT t.user_id, t.thread_id, t.title, ${SENSITIVE} AS sensitive, c.slug AS community_slug,
              c.name AS community_name, ${PARTNERSHIP_REF_COLUMNS}, t.new_posts
         FROM active t
         JOIN community_directory c ON c.id = t.community_id AND 'forum' = ANY(c.tools)
         ${PARTNERSHIP_REF_JOINS}
        WHERE t.rank <= $4
        ORDER BY t.user_id, t.rank`,
      [userIds, period, at, limit],
    );
  }

  /**
   * Marks this period's digest sent for those of `userIds` whose last one was not already this
   * period's, and answers them: the rest were sent by another run (the CLI and the schedule, a
   * retried job). Rows are locked until the transaction ends, so two runs never both claim a person.
   */
  async claim(manager: EntityManager, userIds: string[], period: DigestPeriod, at: Date): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { user_id: string }[] = returningRows(
      await manager.query(
        `INSERT INTO email_preferences (user_id, ${LAST_SENT[period]}) SELECT unnest($1::uuid[]), $2
         ON CONFLICT (user_id) DO UPDATE SET ${LAST_SENT[period]} = $2
          WHERE email_preferences.${LAST_SENT[period]} IS NULL
             OR email_preferences.${LAST_SENT[period]} <= $2::timestamptz - interval '${SAME_PERIOD[period]}'
         RETURNING user_id`,
        [userIds, at],
      ),
    );
    return rows.map((r) => r.user_id);
  }
}
