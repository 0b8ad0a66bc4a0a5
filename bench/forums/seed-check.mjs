// Checks the seeded counters against the rows they count, and describes the seed for the result
// files: what is in the database, measured from the database rather than from the plan.
import { cpus, totalmem } from 'node:os';

/** Threads and categories whose stored counters disagree with their posts; empty when consistent. */
export async function checkCounters(client) {
  const { rows } = await client.query(`
    WITH p AS (SELECT thread_id, count(*)::int AS n, max(created_at) AS last FROM discussion_posts GROUP BY thread_id),
    threads AS (
      SELECT 'thread' AS kind, d.id::text FROM discussion_threads d JOIN forum_threads f ON f.thread_id = d.id LEFT JOIN p ON p.thread_id = d.id
       WHERE d.post_count IS DISTINCT FROM p.n OR d.last_post_at IS DISTINCT FROM p.last OR f.last_post_at IS DISTINCT FROM p.last
          OR f.pinned <> (d.pinned_at IS NOT NULL) OR f.deleted <> (d.deleted_at IS NOT NULL)
          OR d.last_poster_id <> (SELECT author_id FROM discussion_posts WHERE thread_id = d.id AND number = d.post_count)
          OR d.author_id <> (SELECT author_id FROM discussion_posts WHERE thread_id = d.id AND number = 1)),
    categories AS (
      SELECT 'category' AS kind, c.id::text FROM forum_categories c
        LEFT JOIN (SELECT f.category_id, count(*)::int AS threads, sum(d.post_count)::int AS posts
                     FROM forum_threads f JOIN discussion_threads d ON d.id = f.thread_id WHERE NOT f.deleted GROUP BY f.category_id) s ON s.category_id = c.id
       WHERE c.thread_count <> COALESCE(s.threads, 0) OR c.post_count <> COALESCE(s.posts, 0))
    SELECT * FROM threads UNION ALL SELECT * FROM categories LIMIT 10`);
  return rows;
}

/** Counts and sizes of what was seeded, plus how long it took. */
export async function describeSeed(client, scale, timing) {
  const one = async (sql) => (await client.query(sql)).rows[0];
  const counts = await one(`
    SELECT (SELECT count(*) FROM users)::int AS people,
           (SELECT count(*) FROM communities)::int AS communities,
           (SELECT json_object_agg(visibility, n) FROM (SELECT visibility, count(*)::int AS n FROM communities GROUP BY 1) v) AS "communitiesByVisibility",
           (SELECT count(*) FROM community_members)::int AS memberships,
           (SELECT max(n) FROM (SELECT count(*)::int AS n FROM community_members GROUP BY community_id) x) AS "largestCommunityMembers",
           (SELECT count(*) FROM forum_categories)::int AS categories,
           (SELECT count(*) FROM discussion_threads)::int AS threads,
           (SELECT count(*) FROM discussion_threads WHERE pinned_at IS NOT NULL)::int AS "pinnedThreads",
           (SELECT count(*) FROM discussion_threads WHERE locked_at IS NOT NULL)::int AS "lockedThreads",
           (SELECT count(*) FROM discussion_threads WHERE deleted_at IS NOT NULL)::int AS "deletedThreads",
           (SELECT count(*) FROM discussion_posts)::int AS posts,
           (SELECT max(post_count) FROM discussion_threads) AS "longestThreadPosts",
           (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY post_count) FROM discussion_threads) AS "medianThreadPosts",
           (SELECT max(n) FROM (SELECT count(*)::int AS n FROM forum_threads GROUP BY category_id) x) AS "largestCategoryThreads",
           (SELECT round(avg(octet_length(html))) FROM discussion_posts)::int AS "meanPostHtmlBytes",
           (SELECT min(octet_length(html)) FROM discussion_posts) AS "minPostHtmlBytes",
           (SELECT max(octet_length(html)) FROM discussion_posts) AS "maxPostHtmlBytes",
           (SELECT count(*) FROM post_reactions)::int AS reactions,
           (SELECT count(*) FROM thread_readers)::int AS "threadReaders",
           (SELECT count(*) FROM sessions WHERE user_agent = 'commonroom-bench')::int AS "benchSessions",
           pg_size_pretty(pg_database_size(current_database())) AS "databaseSize",
           current_setting('server_version') AS postgres,
           current_setting('shared_buffers') AS "sharedBuffers"`);
  return {
    ...counts,
    distribution:
      'Communities, threads and memberships Zipf-like (s = 0.8 by community rank); posts per thread log-normal (sigma 1.1, capped at 2,000) apart from the ' +
      `${scale.longThreadPosts.toLocaleString('en-GB')}-post thread; posts written in time order (a thread's posts spread over the table); 1,000 distinct ` +
      "Markdown bodies cooked by the server's own cooker; one post in 7 has 1-4 reactions; every author has a reading/watch row for threads they posted in, " +
      'and each bench person has reading rows for one in twenty threads of their communities.',
    benchPeople: scale.benchPeople,
    seededOn: { date: new Date().toISOString(), cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) },
    seedSeconds: timing,
  };
}
