// Seeds IDeA-scale forum content straight into PostgreSQL with set-based SQL: 900 communities,
// ~3,600 categories, 50,000 threads, 1,000,000 posts (one thread of 5,000), 40,000 people, their
// memberships, reactions and reading state, and signed-in sessions for 1,000 bench people.
// Counters (thread and category counts, last post times) are derived from the posts themselves.
// Usage: npm run build && node bench/forums/seed.mjs [--fresh] [--scale=1]
//   --fresh drops and recreates the bench database; --scale=0.02 seeds a small copy for trials.
import pg from 'pg';
import {
  CATEGORY_NAMES,
  COMMUNITY_KINDS,
  COMMUNITY_SUBJECTS,
  COMMUNITY_TYPES,
  FIRST_NAMES,
  LAST_NAMES,
  TAGS,
  postBodies,
} from './content.mjs';
import { DATABASE, migrate, startDatabase, tokenHashSql } from './lib.mjs';
import { plan, scaled } from './plan.mjs';
import { describeSeed, checkCounters } from './seed-check.mjs';
import { benchArgs } from '../lib/args.mjs';

const args = benchArgs();
const scale = scaled(Number(args.get('scale') ?? 1));
const BODIES = 1_000;

const database = await startDatabase();
try {
  if (args.has('fresh')) await recreate(database.url);
  await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('bench.meta') IS NOT NULL AS seeded`);
    if (rows[0].seeded) {
      process.stdout.write('Already seeded (run with --fresh to seed again):\n');
      process.stdout.write(
        `${JSON.stringify((await client.query('SELECT description FROM bench.meta')).rows[0].description, null, 2)}\n`,
      );
    } else {
      await seed(client);
    }
  } finally {
    await client.end();
  }
} finally {
  await database.stop();
}

async function recreate(url) {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await client.end();
}

async function seed(client) {
  const started = performance.now();
  const timings = {};
  /** Runs statements (SQL, or [SQL, params]) as one timed step. */
  const step = async (name, ...statements) => {
    const t = performance.now();
    let rows = 0;
    for (const statement of statements) {
      const [sql, params] = Array.isArray(statement) ? statement : [statement, []];
      rows = (await client.query(sql, params)).rowCount ?? rows;
    }
    timings[name] = Math.round((performance.now() - t) / 100) / 10;
    process.stdout.write(`${name}: ${timings[name]} s (${rows.toLocaleString('en-GB')} rows)\n`);
  };

  const shape = plan(scale);
  const bodies = postBodies(BODIES);
  await client.query(`SET work_mem = '512MB'`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query('SET synchronous_commit = off');
  // The rows are consistent by construction; skipping the per-row foreign-key triggers during the
  // bulk load saves much of its time. The constraints stay declared and hold for everything after.
  await client.query('SET session_replication_role = replica');
  await client.query('BEGIN');

  await step(
    'helper tables',
    'CREATE SCHEMA bench',
    'CREATE TABLE bench.meta (description jsonb NOT NULL, long_thread_id uuid NOT NULL, long_thread_community text NOT NULL)',
    'CREATE TABLE bench.users (idx int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid())',
    'CREATE TABLE bench.communities (idx int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), member_count int NOT NULL DEFAULT 0)',
    'CREATE TABLE bench.members (community_idx int, k int, user_idx int NOT NULL, PRIMARY KEY (community_idx, k))',
    'CREATE INDEX ON bench.members (user_idx)',
    'CREATE TABLE bench.categories (community_idx int, pos int, id uuid NOT NULL DEFAULT gen_random_uuid(), PRIMARY KEY (community_idx, pos))',
    `CREATE TABLE bench.threads (idx int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), community_idx int NOT NULL, category_pos int NOT NULL,
       post_count int NOT NULL, started_at timestamptz NOT NULL, gap interval NOT NULL, title text NOT NULL, base int, participants int)`,
    'CREATE TABLE bench.bodies (i int PRIMARY KEY, raw text NOT NULL, html text NOT NULL)',
    // Who wrote post n of a thread: each thread has a few regulars (more in long threads) from its community.
    `CREATE FUNCTION bench.author_k(base int, participants int, member_count int, n int) RETURNS int IMMUTABLE LANGUAGE sql
       AS 'SELECT ((base::bigint + (n::bigint * 104729) % participants) % member_count)::int'`,
    [
      'INSERT INTO bench.bodies (i, raw, html) SELECT i - 1, raw, html FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS b(raw, html, i)',
      [bodies.map((b) => b.raw), bodies.map((b) => b.html)],
    ],
  );

  await step(
    'people',
    ['INSERT INTO bench.users (idx) SELECT generate_series(1, $1::int)', [scale.users]],
    [
      `INSERT INTO users (id, email, display_name, email_verified_at, created_at, updated_at)
       SELECT id, 'person' || idx || '@bench.example.org',
              ($1::text[])[1 + idx % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (idx / cardinality($1::text[])) % cardinality($2::text[])],
              now() - interval '400 days', now() - interval '400 days', now() - interval '400 days'
         FROM bench.users`,
      [FIRST_NAMES, LAST_NAMES],
    ],
  );

  await step(
    'communities',
    ['INSERT INTO bench.communities (idx) SELECT generate_series(1, $1::int)', [scale.communities]],
    [
      `INSERT INTO communities (id, slug, name, type, visibility, description, tools, created_at, updated_at)
       SELECT c.id, lower(regexp_replace(x.name, '\\W+', '-', 'g')) || '-' || c.idx, x.name || ' ' || c.idx, x.type,
              CASE WHEN c.idx = 1 THEN 'open' WHEN c.idx % 20 = 0 THEN 'hidden' WHEN c.idx % 7 = 0 THEN 'invite_only' WHEN c.idx % 4 = 0 THEN 'request' ELSE 'open' END,
              'A community seeded for the forum benchmark.', ARRAY['forum', 'members'], now() - interval '800 days', now() - interval '800 days'
         FROM bench.communities c,
              LATERAL (SELECT ($1::text[])[1 + c.idx % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (c.idx / cardinality($1::text[])) % cardinality($2::text[])] AS name,
                              ($3::text[])[1 + c.idx % cardinality($3::text[])] AS type) x`,
      [COMMUNITY_SUBJECTS, COMMUNITY_KINDS, COMMUNITY_TYPES],
    ],
  );

  const m = shape.memberships;
  await step(
    'memberships',
    [
      `INSERT INTO bench.members (community_idx, k, user_idx)
       SELECT c, row_number() OVER (PARTITION BY c ORDER BY ord) - 1, u FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS x(c, u, ord)`,
      [m.community, m.person],
    ],
    'UPDATE bench.communities c SET member_count = m.n FROM (SELECT community_idx, count(*) AS n FROM bench.members GROUP BY 1) m WHERE m.community_idx = c.idx',
    [
      `INSERT INTO community_members (community_id, user_id, role, joined_at)
       SELECT c.id, u.id, x.role, now() - interval '300 days' FROM unnest($1::int[], $2::int[], $3::text[]) AS x(c, u, role)
         JOIN bench.communities c ON c.idx = x.c JOIN bench.users u ON u.idx = x.u`,
      [m.community, m.person, m.role],
    ],
  );

  await step(
    'categories',
    [
      'INSERT INTO bench.categories (community_idx, pos) SELECT c::int, p FROM unnest($1::int[]) WITH ORDINALITY AS x(n, c), generate_series(0, n - 1) p',
      [shape.categoryCounts],
    ],
    [
      `INSERT INTO forum_categories (id, community_id, slug, name, description, position, created_at)
       SELECT bc.id, c.id, lower(regexp_replace(x.name, '\\W+', '-', 'g')), x.name, 'Talk about ' || lower(x.name) || ' here.', bc.pos, now() - interval '800 days'
         FROM bench.categories bc JOIN bench.communities c ON c.idx = bc.community_idx,
              LATERAL (SELECT ($1::text[])[1 + (bc.community_idx * 3 + bc.pos) % cardinality($1::text[])] AS name) x`,
      [CATEGORY_NAMES],
    ],
  );

  const t = shape.threads;
  await step(
    'threads',
    [
      `INSERT INTO bench.threads (idx, community_idx, category_pos, post_count, started_at, gap, title)
       SELECT i, c, cat, n, now() - make_interval(secs => ago), make_interval(secs => gap), title
         FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::text[]) WITH ORDINALITY AS x(c, cat, n, ago, gap, title, i)`,
      [t.community, t.category, t.posts, t.startAgoSeconds, t.gapSeconds, t.title],
    ],
    `UPDATE bench.threads t SET base = (t.idx::bigint * 7919 % c.member_count)::int, participants = least(c.member_count, 2 + t.idx % 13 + t.post_count / 20)
       FROM bench.communities c WHERE c.idx = t.community_idx`,
    [
      // A few threads are pinned, locked, answered or deleted (never thread 1, the long one).
      `INSERT INTO discussion_threads (id, kind, community_id, author_id, title, tags, post_count, last_post_at, last_poster_id, pinned_at, locked_at, deleted_at, created_at, updated_at)
       SELECT t.id, 'forum', c.id, ua.id, t.title,
              CASE WHEN t.idx % 3 = 0 THEN ARRAY[($1::text[])[1 + t.idx % 10]] WHEN t.idx % 5 = 0 THEN ARRAY[($1::text[])[1 + t.idx % 10], ($1::text[])[1 + (t.idx / 10) % 10]] ELSE '{}' END,
              t.post_count, t.started_at + (t.post_count - 1) * t.gap, ul.id,
              CASE WHEN t.idx % 97 = 0 THEN t.started_at + t.gap END, CASE WHEN t.idx % 151 = 0 THEN t.started_at + t.gap END,
              CASE WHEN t.idx % 211 = 0 THEN t.started_at + (t.post_count - 1) * t.gap + interval '1 day' END,
              t.started_at, t.started_at + (t.post_count - 1) * t.gap
         FROM bench.threads t JOIN bench.communities c ON c.idx = t.community_idx
         JOIN bench.members ma ON ma.community_idx = t.community_idx AND ma.k = bench.author_k(t.base, t.participants, c.member_count, 1)
         JOIN bench.users ua ON ua.idx = ma.user_idx
         JOIN bench.members ml ON ml.community_idx = t.community_idx AND ml.k = bench.author_k(t.base, t.participants, c.member_count, t.post_count)
         JOIN bench.users ul ON ul.idx = ml.user_idx`,
      [TAGS],
    ],
    `INSERT INTO forum_threads (thread_id, category_id, pinned, last_post_at, deleted)
     SELECT t.id, bc.id, t.idx % 97 = 0, t.started_at + (t.post_count - 1) * t.gap, t.idx % 211 = 0
       FROM bench.threads t JOIN bench.categories bc ON bc.community_idx = t.community_idx AND bc.pos = t.category_pos`,
  );

  // In the order they were written (time), so a thread's posts are spread over the table as in a
  // live forum, not packed together; a few are deleted by their authors.
  await step(
    'posts',
    `INSERT INTO discussion_posts (thread_id, number, author_id, raw, html, created_at, deleted_at, deleted_by_id)
     SELECT s.thread_id, s.n, u.id, b.raw, b.html, s.created_at,
            CASE WHEN s.deleted THEN s.created_at + interval '1 hour' END, CASE WHEN s.deleted THEN u.id END
       FROM (SELECT t.id AS thread_id, n, t.community_idx, bench.author_k(t.base, t.participants, c.member_count, n) AS k,
                    t.started_at + (n - 1) * t.gap AS created_at, (t.idx * 31 + n * 17) % ${BODIES} AS body, n > 1 AND (t.idx + n * 13) % 500 = 0 AS deleted
               FROM bench.threads t JOIN bench.communities c ON c.idx = t.community_idx, generate_series(1, t.post_count) n) s
       JOIN bench.members mm ON mm.community_idx = s.community_idx AND mm.k = s.k
       JOIN bench.users u ON u.idx = mm.user_idx
       JOIN bench.bodies b ON b.i = s.body
      ORDER BY s.created_at`,
  );

  // Fresh tables have no statistics yet, and the joins below plan badly without them.
  await step(
    'analyze',
    'ANALYZE bench.users, bench.communities, bench.members, bench.categories, bench.threads, discussion_threads, forum_threads, discussion_posts',
  );

  await step(
    'answers and counters',
    `UPDATE discussion_threads d SET accepted_post_id = p.id FROM bench.threads t, discussion_posts p
      WHERE t.id = d.id AND t.idx % 7 = 0 AND t.post_count >= 2 AND p.thread_id = t.id AND p.number = 2`,
    // A deleted thread counts nowhere, as ForumThreadsRepository.setDeleted keeps it.
    `UPDATE forum_categories c SET thread_count = s.threads, post_count = s.posts, last_activity_at = s.last
       FROM (SELECT f.category_id, count(*) FILTER (WHERE NOT f.deleted) AS threads, COALESCE(sum(d.post_count) FILTER (WHERE NOT f.deleted), 0) AS posts,
                    max(f.last_post_at) AS last
               FROM forum_threads f JOIN discussion_threads d ON d.id = f.thread_id GROUP BY f.category_id) s
      WHERE c.id = s.category_id`,
  );

  await step('reactions', [
    `INSERT INTO post_reactions (post_id, user_id, reaction, created_at)
       SELECT p.id, u.id, ($1::text[])[1 + (p.h + j) % 5], p.created_at + interval '2 hours'
         FROM (SELECT p.id, p.created_at, t.community_idx, c.member_count, abs(hashtext(p.id::text)) AS h
                 FROM discussion_posts p JOIN bench.threads t ON t.id = p.thread_id JOIN bench.communities c ON c.idx = t.community_idx) p,
              generate_series(0, p.h % 4) j,
              LATERAL (SELECT user_idx FROM bench.members mm WHERE mm.community_idx = p.community_idx AND mm.k = (p.h / 7 + j * 7919) % p.member_count) mm,
              bench.users u
        WHERE p.h % 7 = 0 AND u.idx = mm.user_idx
       ON CONFLICT DO NOTHING`,
    [['agree', 'thanks', 'insightful', 'celebrate', 'question']],
  ]);

  await step(
    'reading state',
    // What replying does (DiscussionsRepository.addPost): the author has read up to their post and watches the thread.
    `INSERT INTO thread_readers (user_id, thread_id, last_read_number, level, updated_at)
     SELECT author_id, thread_id, max(number), 'watching', max(created_at) FROM discussion_posts GROUP BY author_id, thread_id`,
    // Bench people have opened one in twenty threads of their communities, some read to the end, some not.
    [
      `INSERT INTO thread_readers (user_id, thread_id, last_read_number, updated_at)
       SELECT u.id, t.id, 1 + abs(hashtext(u.idx || ':' || t.idx)) % t.post_count, now() - interval '1 day'
         FROM bench.users u JOIN bench.members m ON m.user_idx = u.idx JOIN bench.threads t ON t.community_idx = m.community_idx
        WHERE u.idx <= $1 AND abs(hashtext(u.idx || '/' || t.idx)) % 20 = 0
       ON CONFLICT (user_id, thread_id) DO NOTHING`,
      [scale.benchPeople],
    ],
  );

  await step('sessions', [
    `INSERT INTO sessions (token_hash, user_id, sign_in_method, user_agent, expires_at)
     SELECT ${tokenHashSql('idx')}, id, 'password', 'commonroom-bench', now() + interval '30 days' FROM bench.users WHERE idx <= $1`,
    [scale.benchPeople],
  ]);

  await client.query('COMMIT');
  await client.query('SET session_replication_role = DEFAULT');
  const loadSeconds = Math.round((performance.now() - started) / 100) / 10;

  // A bulk load leaves no visibility map and stale statistics; autovacuum would get there, we do it now.
  await step('vacuum analyze', 'VACUUM (ANALYZE)', 'CHECKPOINT');
  const checked = performance.now();
  const mismatches = await checkCounters(client);
  if (mismatches.length > 0) throw new Error(`Seeded counters disagree with the posts: ${JSON.stringify(mismatches)}`);
  process.stdout.write(`counters checked against the posts in ${Math.round((performance.now() - checked) / 1000)} s\n`);

  const description = await describeSeed(client, scale, {
    loadSeconds,
    withVacuumSeconds: Math.round((performance.now() - started) / 100) / 10,
    steps: timings,
  });
  await client.query(
    `INSERT INTO bench.meta (description, long_thread_id, long_thread_community)
     SELECT $1, t.id, c.slug FROM bench.threads t JOIN communities c ON c.id = (SELECT id FROM bench.communities WHERE idx = t.community_idx) WHERE t.idx = 1`,
    [description],
  );
  process.stdout.write(`${JSON.stringify(description, null, 2)}\n`);
}
