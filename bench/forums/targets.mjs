// What the load scripts ask for, drawn from the seeded database: pairs of a bench person and
// something in one of their communities, so every request is one a real member would make.

/** Every category, each with a bench person who belongs to its community (uniform over categories). */
export async function categoryTargets(client, benchPeople) {
  const { rows } = await client.query(
    `SELECT DISTINCT ON (fc.id) m.user_idx AS n, c.slug AS community, fc.slug AS category
       FROM forum_categories fc JOIN communities c ON c.id = fc.community_id JOIN bench.communities bc ON bc.id = c.id
       JOIN bench.members m ON m.community_idx = bc.idx AND m.user_idx <= $1
      ORDER BY fc.id, random()`,
    [benchPeople],
  );
  return shuffle(rows);
}

/**
 * `count` threads drawn uniformly from the forum (not deleted; not locked when `forReplies`),
 * each with a bench person who belongs to its community.
 */
export async function threadTargets(client, benchPeople, count, { forReplies = false } = {}) {
  const { rows } = await client.query(
    `SELECT t.id AS thread, (SELECT m.user_idx FROM bench.members m WHERE m.community_idx = t.community_idx AND m.user_idx <= $1 ORDER BY random() LIMIT 1) AS n
       FROM (SELECT bt.id, bt.community_idx FROM bench.threads bt JOIN discussion_threads d ON d.id = bt.id
              WHERE d.deleted_at IS NULL AND ($3::boolean IS FALSE OR d.locked_at IS NULL)
              ORDER BY random() LIMIT $2) t`,
    [benchPeople, count, forReplies],
  );
  return rows;
}

/** The long thread, which every bench person can read and reply to. */
export async function longThread(client) {
  const { rows } = await client.query(
    'SELECT m.long_thread_id AS id, d.post_count FROM bench.meta m JOIN discussion_threads d ON d.id = m.long_thread_id',
  );
  return rows[0];
}

function shuffle(values) {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}
