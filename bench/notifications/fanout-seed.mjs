// The fan-out seed, straight into PostgreSQL with set-based SQL (a few seconds): `people` people,
// a community of `small` members who all watch its "General" category, and an announcement
// community of everyone, who all watch its "Announcements" category. Person 1 facilitates both
// and has a bench session (the forum seed's token scheme), so the benchmark posts as them.
// When the email-alerts tables exist, everyone asks for email immediately, so every notice also
// queues an email.
import { tokenHashSql } from '../forums/lib.mjs';

export const FACILITATOR = 1;

/** Seeds an empty, migrated database; returns the two cases ({ name, slug, category, watchers }) and step timings. */
export async function seedFanout(client, { people, small }) {
  const timings = {};
  const step = async (name, sql, params = []) => {
    const t = performance.now();
    const { rowCount } = await client.query(sql, params);
    timings[name] = { seconds: Math.round(performance.now() - t) / 1000, rows: rowCount };
  };
  const started = performance.now();
  await client.query('SET synchronous_commit = off');
  await client.query('BEGIN');
  await client.query('CREATE SCHEMA bench');
  await client.query('CREATE TABLE bench.users (idx int PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid())');
  await client.query(
    'CREATE TABLE bench.fanout (name text PRIMARY KEY, members int NOT NULL, community_id uuid NOT NULL DEFAULT gen_random_uuid(), slug text NOT NULL, category_id uuid NOT NULL DEFAULT gen_random_uuid(), category_slug text NOT NULL, category_name text NOT NULL)',
  );
  await client.query(
    `INSERT INTO bench.fanout (name, members, slug, category_slug, category_name)
     VALUES ('watchers', $1, 'fan-out-watchers', 'general', 'General'), ('announcement', $2, 'fan-out-announcements', 'announcements', 'Announcements')`,
    [small, people],
  );
  await step('people', 'INSERT INTO bench.users (idx) SELECT generate_series(1, $1::int)', [people]);
  await step(
    'users',
    `INSERT INTO users (id, email, display_name, email_verified_at, created_at, updated_at)
     SELECT id, 'watcher' || idx || '@bench.example.org', 'Watcher ' || idx, now() - interval '400 days', now() - interval '400 days', now() - interval '400 days'
       FROM bench.users`,
  );
  await step(
    'communities',
    `INSERT INTO communities (id, slug, name, type, visibility, description, tools, created_at, updated_at)
     SELECT community_id, slug, initcap(replace(slug, '-', ' ')), 'subject_network', 'open', 'A community seeded for the fan-out benchmark.',
            ARRAY['forum', 'members'], now() - interval '400 days', now() - interval '400 days'
       FROM bench.fanout`,
  );
  await step(
    'memberships',
    `INSERT INTO community_members (community_id, user_id, role, joined_at)
     SELECT f.community_id, u.id, CASE WHEN u.idx = ${FACILITATOR} THEN 'facilitator' ELSE 'member' END, now() - interval '300 days'
       FROM bench.fanout f JOIN bench.users u ON u.idx <= f.members`,
  );
  await step(
    'categories',
    `INSERT INTO forum_categories (id, community_id, slug, name, description, position, created_at)
     SELECT category_id, community_id, category_slug, category_name, 'Seeded for the fan-out benchmark.', 0, now() - interval '400 days' FROM bench.fanout`,
  );
  await step(
    'category watches',
    `INSERT INTO forum_category_watches (user_id, category_id, level)
     SELECT u.id, f.category_id, 'watching' FROM bench.fanout f JOIN bench.users u ON u.idx <= f.members`,
  );
  await step(
    'session',
    `INSERT INTO sessions (token_hash, user_id, sign_in_method, user_agent, expires_at)
     SELECT ${tokenHashSql('idx')}, id, 'password', 'commonroom-bench', now() + interval '30 days' FROM bench.users WHERE idx = ${FACILITATOR}`,
  );
  const { rows } = await client.query(`SELECT to_regclass('email_preferences') IS NOT NULL AS present`);
  if (rows[0].present)
    await step(
      'email preferences',
      `INSERT INTO email_preferences (user_id, default_mode) SELECT id, 'immediately' FROM bench.users
       ON CONFLICT (user_id) DO UPDATE SET default_mode = 'immediately'`,
    );
  await client.query('COMMIT');
  await client.query('ANALYZE');
  const cases = await client.query(
    'SELECT name, slug, category_slug AS category, members AS watchers FROM bench.fanout ORDER BY members',
  );
  return {
    cases: cases.rows,
    emailPreferences: rows[0].present ? 'everyone: immediately' : 'no email_preferences table in this build',
    seconds: Math.round(performance.now() - started) / 1000,
    steps: timings,
  };
}
