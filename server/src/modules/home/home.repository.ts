import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommunityNeeds, HomeCommunity, HomeThread } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import {
  PARTNERSHIP_REF_COLUMNS,
  PARTNERSHIP_REF_JOINS,
  toPartnershipRef,
  type PartnershipRefRow,
} from '../communities';

/** Who is reading: the one visibility rule (`community_access`) takes both. */
export interface HomeViewer {
  id: string | null;
  platformAdmin: boolean;
}

export interface ThreadFilter {
  unread: boolean;
  /** One community (its home page, any reader); otherwise every community I belong to. */
  communityId: string | null;
  after: { at: string; id: string } | null;
  limit: number;
}

interface ThreadRow {
  id: string;
  title: string;
  post_count: number;
  last_post_at: Date;
  last_poster_id: string;
  last_poster_name: string;
  community_id: string;
  community_slug: string;
  community_name: string;
  last_read_number: number | null;
}

interface CommunityRow extends PartnershipRefRow {
  id: string;
  slug: string;
  name: string;
  role: HomeCommunity['role'];
  last_activity_at: Date | null;
  unread_threads: number;
}

interface NeedsRow {
  id: string;
  slug: string;
  name: string;
  join_requests: number;
  open_flags: number;
}

export interface WaitingRow {
  contact_requests: number;
  invitations: { id: string; slug: string; name: string; expires_at: string }[];
}

export interface PublicCommunityRow {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  member_count: number;
  last_activity_at: Date | null;
}

/** Forum threads of the communities the viewer may read, through the one rule (`community_access`). */
const READABLE_FORUM_THREADS = `community_access($1::uuid, $2::boolean) a
  JOIN community_directory c ON c.id = a.community_id
  JOIN discussion_thread_summaries s ON s.community_id = a.community_id AND s.type = 'forum' AND NOT s.deleted
  LEFT JOIN discussion_reading r ON r.thread_id = s.thread_id AND r.user_id = $1
  WHERE a.readable AND 'forum' = ANY(a.tools)`;

/**
 * Unread, as Discourse means it: posts after my read mark, or a thread I have never opened that
 * was active in the last 30 days (older untouched threads are history, not news).
 */
const UNREAD = `(s.post_count > COALESCE(r.last_read_number, 0)
  AND (r.user_id IS NOT NULL OR s.last_post_at > now() - interval '30 days'))`;

const toThread = (row: ThreadRow): HomeThread => ({
  id: row.id,
  title: row.title,
  community: { id: row.community_id, slug: row.community_slug, name: row.community_name },
  postCount: row.post_count,
  lastPostAt: row.last_post_at.toISOString(),
  lastPoster: { id: row.last_poster_id, displayName: row.last_poster_name },
  unreadCount: row.last_read_number === null ? null : Math.max(0, row.post_count - row.last_read_number),
});

/**
 * The home's reads across modules, each one statement whatever the number of communities. Only
 * published views and the `community_access` function: the home owns no table.
 */
@Injectable()
export class HomeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Threads by latest activity (keyset on `last_post_at, thread_id`), optionally only unread ones. */
  async threads(viewer: HomeViewer, filter: ThreadFilter): Promise<HomeThread[]> {
    const rows: ThreadRow[] = await this.dataSource.query(
      `SELECT s.thread_id AS id, s.title, s.post_count, s.last_post_at, s.last_poster_id, s.last_poster_name,
              c.id AS community_id, c.slug AS community_slug, c.name AS community_name, r.last_read_number
         FROM ${READABLE_FORUM_THREADS}
          AND CASE WHEN $3::uuid IS NULL THEN a.role IS NOT NULL ELSE a.community_id = $3::uuid END
          AND (NOT $4::boolean OR ${UNREAD})
          AND ($5::timestamptz IS NULL OR (s.last_post_at, s.thread_id) < ($5::timestamptz, $6::uuid))
        ORDER BY s.last_post_at DESC, s.thread_id DESC LIMIT $7`,
      [
        viewer.id,
        viewer.platformAdmin,
        filter.communityId,
        filter.unread,
        filter.after?.at ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
    return rows.map(toThread);
  }

  /** Communities I belong to, most recently active first, with how many threads have news for me. */
  async myCommunities(viewer: HomeViewer & { id: string }): Promise<HomeCommunity[]> {
    const rows: CommunityRow[] = await this.dataSource.query(
      `SELECT c.id, c.slug, c.name, a.role, act.last_activity_at, COALESCE(act.unread_threads, 0)::int AS unread_threads,
              ${PARTNERSHIP_REF_COLUMNS}
         FROM community_access($1::uuid, $2::boolean) a
         JOIN community_directory c ON c.id = a.community_id
         ${PARTNERSHIP_REF_JOINS}
         LEFT JOIN LATERAL (
              SELECT max(s.last_post_at) AS last_activity_at, count(*) FILTER (WHERE ${UNREAD}) AS unread_threads
                FROM discussion_thread_summaries s
                LEFT JOIN discussion_reading r ON r.thread_id = s.thread_id AND r.user_id = $1
               WHERE s.community_id = a.community_id AND s.type = 'forum' AND NOT s.deleted
                 AND a.readable AND 'forum' = ANY(a.tools)) act ON true
        WHERE a.role IS NOT NULL
        ORDER BY act.last_activity_at DESC NULLS LAST, c.name, c.id LIMIT 50`,
      [viewer.id, viewer.platformAdmin],
    );
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      role: row.role,
      lastActivityAt: row.last_activity_at?.toISOString() ?? null,
      unreadThreads: row.unread_threads,
      partnership: toPartnershipRef(row),
    }));
  }

  /** Pending join requests and flagged posts in each community I facilitate that has any. */
  async facilitatorNeeds(viewer: HomeViewer & { id: string }): Promise<CommunityNeeds[]> {
    const rows: NeedsRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT c.id, c.slug, c.name,
                (SELECT count(*) FROM pending_join_requests j WHERE j.community_id = c.id)::int AS join_requests,
                (SELECT count(*) FROM open_flagged_posts f WHERE f.community_id = c.id)::int AS open_flags
           FROM community_access($1::uuid, $2::boolean) a JOIN community_directory c ON c.id = a.community_id
          WHERE a.role = 'facilitator') n
        WHERE n.join_requests + n.open_flags > 0
        ORDER BY n.name, n.id`,
      [viewer.id, viewer.platformAdmin],
    );
    return rows.map((row) => ({
      community: { id: row.id, slug: row.slug, name: row.name },
      joinRequests: row.join_requests,
      openFlags: row.open_flags,
    }));
  }

  /** Contact requests waiting for my answer and invitations sent to my address (not yet a member). */
  async waiting(userId: string): Promise<WaitingRow> {
    const [row]: WaitingRow[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM pending_contact_requests q WHERE q.recipient_id = $1)::int AS contact_requests,
              COALESCE((SELECT json_agg(json_build_object('id', c.id, 'slug', c.slug, 'name', c.name,
                                                          'expires_at', i.expires_at) ORDER BY i.expires_at)
                          FROM people p
                          JOIN open_invitations i ON i.email = lower(p.email)
                          JOIN community_directory c ON c.id = i.community_id
                         WHERE p.id = $1 AND NOT EXISTS (SELECT 1 FROM community_memberships m
                                                          WHERE m.community_id = i.community_id AND m.user_id = $1)),
                       '[]'::json) AS invitations`,
      [userId],
    );
    return row!;
  }

  /**
   * Communities a signed-out visitor can find and join, most recently active first. No thread
   * titles: only what the directory already shows, plus member count and last activity time.
   */
  async publicCommunities(limit: number): Promise<PublicCommunityRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.slug, c.name, c.description,
              (SELECT count(DISTINCT m.user_id) FROM community_memberships m WHERE m.community_id = c.id)::int AS member_count,
              (SELECT max(s.last_post_at) FROM discussion_thread_summaries s
                WHERE s.community_id = c.id AND s.type = 'forum' AND NOT s.deleted AND 'forum' = ANY(a.tools))
                AS last_activity_at
         FROM community_access(NULL::uuid, false) a JOIN community_directory c ON c.id = a.community_id
        WHERE a.visible AND c.visibility IN ('open', 'request')
        ORDER BY last_activity_at DESC NULLS LAST, c.name, c.id LIMIT $1`,
      [limit],
    );
  }
}
