// Prepares the forum seed (40,000 people, 1,000,000 posts) for a daily digest at `at`: a busy day
// before it (a few replies in three threads of every community, so every member has something
// new) and everyone in daily-digest mode at that hour, last sent a day before. Set-based SQL, a
// few seconds; each run adds its own day of replies, keeping the forum's counters as replying does.
import { londonHour } from './lib.mjs';

export const ACTIVITY = { threadsPerCommunity: 3, repliesPerThread: 3 };

/** Adds the day's replies and digest preferences; returns what a digest should cover. */
export async function prepareDigest(client, at) {
  const started = performance.now();
  await client.query('BEGIN');
  await client.query(`CREATE TEMP TABLE digest_activity ON COMMIT DROP AS
    SELECT t.id AS thread_id, t.post_count AS before_count, bc.idx AS community_idx, bc.member_count
      FROM bench.communities bc,
           LATERAL (SELECT d.id, d.post_count FROM discussion_threads d
                     WHERE d.community_id = bc.id AND d.deleted_at IS NULL AND d.locked_at IS NULL
                     ORDER BY d.last_post_at DESC LIMIT ${ACTIVITY.threadsPerCommunity}) t`);
  await client.query(
    'CREATE TEMP TABLE digest_posts (thread_id uuid, number int, author_id uuid, created_at timestamptz) ON COMMIT DROP',
  );
  // Replies n = 1..3 of each thread, spread over the 20 hours before the digest, by members of its community.
  const posts = await client.query(
    `WITH written AS (
       INSERT INTO discussion_posts (thread_id, number, author_id, raw, html, created_at)
       SELECT a.thread_id, a.before_count + n, u.id, b.raw, b.html,
              $1::timestamptz - make_interval(mins => 10 + abs(hashtext(a.thread_id::text || n)) % 1190)
         FROM digest_activity a
         CROSS JOIN generate_series(1, ${ACTIVITY.repliesPerThread}) n
         JOIN bench.members m ON m.community_idx = a.community_idx
                             AND m.k = abs(hashtext(a.thread_id::text || ':' || n)) % a.member_count
         JOIN bench.users u ON u.idx = m.user_idx
         JOIN bench.bodies b ON b.i = abs(hashtext(a.thread_id::text || n)) % 1000
       RETURNING thread_id, number, author_id, created_at)
     INSERT INTO digest_posts SELECT * FROM written`,
    [at],
  );
  await keepCounters(client);
  const hour = londonHour(at);
  await client.query(
    `INSERT INTO email_preferences (user_id, default_mode, digest_hour, last_daily_digest_at)
     SELECT id, 'daily', $1, $2::timestamptz - interval '1 day' FROM users WHERE email LIKE '%@bench.example.org'
     ON CONFLICT (user_id) DO UPDATE SET default_mode = 'daily', digest_hour = $1, all_off = false, last_daily_digest_at = EXCLUDED.last_daily_digest_at`,
    [hour, at],
  );
  await client.query(
    `DELETE FROM community_email_preferences WHERE user_id IN (SELECT id FROM users WHERE email LIKE '%@bench.example.org')`,
  );
  const expected = await expectedRecipients(client);
  const activeThreads = (await client.query('SELECT count(*)::int AS n FROM digest_activity')).rows[0].n;
  await client.query('COMMIT');
  await client.query('ANALYZE discussion_posts, discussion_threads, thread_readers, email_preferences');
  return {
    at: at.toISOString(),
    londonHour: hour,
    threads: activeThreads,
    replies: posts.rowCount,
    expectedRecipients: expected,
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

/** What DiscussionPostsRepository.addPost keeps per reply: counters of thread and category, the author's reading. */
async function keepCounters(client) {
  await client.query(`UPDATE discussion_threads d SET post_count = s.last, last_post_at = s.at, last_poster_id = s.author, updated_at = s.at
    FROM (SELECT DISTINCT ON (thread_id) thread_id, number AS last, created_at AS at, author_id AS author FROM digest_posts ORDER BY thread_id, number DESC) s
   WHERE d.id = s.thread_id`);
  await client.query(`UPDATE forum_threads f SET last_post_at = d.last_post_at FROM discussion_threads d
   WHERE d.id = f.thread_id AND d.id IN (SELECT thread_id FROM digest_posts)`);
  await client.query(`UPDATE forum_categories c SET post_count = c.post_count + s.n, last_activity_at = greatest(c.last_activity_at, s.at)
    FROM (SELECT f.category_id, count(*)::int AS n, max(p.created_at) AS at FROM digest_posts p JOIN forum_threads f ON f.thread_id = p.thread_id GROUP BY 1) s
   WHERE c.id = s.category_id`);
  await client.query(`INSERT INTO thread_readers (user_id, thread_id, last_read_number, level, updated_at)
    SELECT author_id, thread_id, max(number), 'watching', max(created_at) FROM digest_posts GROUP BY 1, 2
    ON CONFLICT (user_id, thread_id) DO UPDATE SET last_read_number = greatest(thread_readers.last_read_number, EXCLUDED.last_read_number),
      level = COALESCE(thread_readers.level, 'watching'), updated_at = EXCLUDED.updated_at`);
}

/** People with a thread of the day in one of their communities that they have not read to the end. */
async function expectedRecipients(client) {
  const { rows } = await client.query(`SELECT count(DISTINCT m.user_id)::int AS n
    FROM community_members m JOIN discussion_threads d ON d.community_id = m.community_id
   WHERE d.id IN (SELECT thread_id FROM digest_posts)
     AND NOT EXISTS (SELECT 1 FROM thread_readers r WHERE r.user_id = m.user_id AND r.thread_id = d.id AND r.last_read_number >= d.post_count)`);
  return rows[0].n;
}
