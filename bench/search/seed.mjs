// Adds the people finder's data to the forum bench database (bench/forums/seed.mjs: 40,000 people,
// 900 communities, 1,000,000 posts): the DfE register (30,000 invented schools, through the
// server's own importer), the 153 local authorities, 60 providers, an affiliation for every
// person (a fifth also have a past one) and a filled-in profile for nine in ten, with subjects,
// phases, expertise, availability, headlines and biographies, and some fields kept to
// communities or to the person. Then the server's own `search:reindex` builds the search
// documents, as an operator would.
// Usage: npm run build && node bench/forums/seed.mjs && node bench/search/seed.mjs [--fresh-people]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { EXPERTISE, SUBJECTS } from '@commonroom/contracts';
import { node24, repoRoot } from '../../infra/scripts/node24.mjs';
import { connectSeeded, migrate, startDatabase } from '../forums/lib.mjs';
import { benchArgs } from '../lib/args.mjs';

const args = benchArgs();
const GIAS_FILE = join(repoRoot, 'bench', '.work', 'gias-30000.csv');
const CLI = join(repoRoot, 'server', 'dist', 'cli.js');

const database = await startDatabase();
try {
  await migrate(database.url);
  const client = await connectSeeded(database.url);
  try {
    const { rows } = await client.query(`SELECT to_regclass('bench.people_meta') IS NOT NULL AS seeded`);
    if (rows[0].seeded && !args.has('fresh-people')) {
      process.stdout.write('People already seeded (run with --fresh-people to seed them again).\n');
    } else {
      await seedPeople(client, database.url);
    }
  } finally {
    await client.end();
  }
} finally {
  await database.stop();
}

async function seedPeople(client, url) {
  const started = performance.now();
  const step = async (name, sql, params = []) => {
    const t = performance.now();
    const result = await client.query(sql, params);
    process.stdout.write(
      `${name}: ${((performance.now() - t) / 1000).toFixed(1)} s (${(result.rowCount ?? 0).toLocaleString('en-GB')} rows)\n`,
    );
  };

  if (!existsSync(GIAS_FILE))
    await run(node24, [join(repoRoot, 'bench', 'organisations', 'generate-gias.mjs'), '30000'], {});
  await cli(url, ['organisations:import-local-authorities']);
  await cli(url, ['organisations:import-gias', GIAS_FILE]);

  await client.query(`SET work_mem = '256MB'`);
  await client.query('BEGIN');
  await step('clear earlier people data', `DELETE FROM affiliations WHERE user_id IN (SELECT id FROM bench.users)`);
  await step(
    'providers',
    `
    INSERT INTO organisations (kind, name, slug, phases, region, created_at, updated_at)
    SELECT (ARRAY['hei','scitt','fe_college','other_provider'])[1 + i % 4],
           (ARRAY['University of ','','',''])[1 + i % 4] || (ARRAY['Castlebridge','Fenmoor','Ashworth','Kingsmere','Northfield','Riverside','Hollins','Brackley','Wyvern','Marston'])[1 + i % 10]
             || (ARRAY['',' SCITT',' College',' Teaching Partnership'])[1 + i % 4] || ' ' || (i / 10 + 1),
           'bench-provider-' || i, ARRAY['primary','secondary'],
           (ARRAY['north_east','north_west','yorkshire_and_the_humber','east_midlands','west_midlands','east_of_england','london','south_east','south_west'])[1 + i % 9],
           now(), now()
      FROM generate_series(1, 60) i
    ON CONFLICT (slug) DO NOTHING`,
  );
  // Person n works at school n mod 30,000 (85 %), a provider (10 %) or a local authority (5 %).
  await step(
    'bench.orgs',
    `
    CREATE TEMP TABLE orgs AS
    SELECT row_number() OVER (PARTITION BY grp ORDER BY id) - 1 AS k, grp, id, kind, phases FROM (
      SELECT id, kind, phases, CASE WHEN kind = 'school' THEN 'school' WHEN kind = 'local_authority' THEN 'la' ELSE 'provider' END AS grp
        FROM organisations WHERE closed_on IS NULL) o`,
  );
  await step(
    'current affiliations',
    `
    INSERT INTO affiliations (user_id, organisation_id, role, title, starts_on, status, verification_method, decided_at, created_at, updated_at)
    SELECT u.id, o.id,
           CASE o.grp WHEN 'school' THEN (ARRAY['mentor','subject_mentor','subject_mentor','itt_coordinator','teacher_tutor','induction_tutor','school_leader'])[1 + u.idx % 7]
                      WHEN 'provider' THEN (ARRAY['subject_tutor','link_tutor','programme_leader','partnership_lead'])[1 + u.idx % 4]
                      ELSE 'la_officer' END,
           NULL, date '2020-09-01' + (u.idx % 1500), 'verified', 'organisation_admin', now(), now(), now()
      FROM bench.users u
      JOIN LATERAL (SELECT CASE WHEN u.idx % 20 = 0 THEN 'la' WHEN u.idx % 10 = 1 THEN 'provider' ELSE 'school' END AS grp) g ON true
      JOIN (SELECT grp, count(*) AS n FROM orgs GROUP BY grp) sizes ON sizes.grp = g.grp
      JOIN orgs o ON o.grp = g.grp AND o.k = u.idx % sizes.n`,
  );
  await step(
    'past affiliations',
    `
    INSERT INTO affiliations (user_id, organisation_id, role, starts_on, ends_on, status, verification_method, decided_at, created_at, updated_at)
    SELECT u.id, o.id, 'mentor', date '2015-09-01', date '2020-08-31', 'verified', 'organisation_admin', now(), now(), now()
      FROM bench.users u JOIN orgs o ON o.grp = 'school' AND o.k = (u.idx * 7) % (SELECT count(*) FROM orgs WHERE grp = 'school') WHERE u.idx % 5 = 0`,
  );
  await step(
    'profiles (for people the bulk load made without triggers)',
    `
    INSERT INTO profiles (user_id) SELECT id FROM users ON CONFLICT DO NOTHING`,
  );
  const subjects = SUBJECTS.map((s) => s.id);
  const subjectLabels = SUBJECTS.map((s) => s.label.toLowerCase());
  await step(
    'profile fields',
    `
    UPDATE profiles p SET
      subjects = ARRAY[($1::text[])[1 + u.idx % $2], ($1::text[])[1 + (u.idx * 7) % $2]],
      phases = CASE WHEN u.idx % 3 = 0 THEN ARRAY['primary'] WHEN u.idx % 3 = 1 THEN ARRAY['secondary'] ELSE ARRAY['secondary','post_16'] END,
      expertise = ARRAY[($3::text[])[1 + u.idx % $4], ($3::text[])[1 + (u.idx * 3) % $4]],
      availability = CASE u.idx % 4 WHEN 0 THEN '{}'::text[] WHEN 1 THEN ARRAY['open_to_enquiries'] WHEN 2 THEN ARRAY['can_host_placements'] ELSE ARRAY['open_to_enquiries', 'can_mentor_shortage_subject'] END,
      mentor_stage = (ARRAY[NULL, 'stage_1', 'stage_1_complete', 'stage_2', 'stage_2_certified'])[1 + u.idx % 5],
      free_tags = CASE WHEN u.idx % 4 = 0 THEN ARRAY['coaching', 'retrieval practice'] ELSE '{}'::text[] END,
      headline = initcap(($5::text[])[1 + u.idx % $2]) || ' ' || (ARRAY['mentor','subject mentor','teacher and mentor','tutor','lead'])[1 + u.idx % 5],
      bio = (ARRAY['I mentor trainees in my department and enjoy co-planning.', 'Interested in feedback that trainees can act on the same week.',
                   'Happy to talk about placements, workload and wellbeing.', 'Researching how mentors use the core content framework.',
                   'Twenty years in the classroom, ten of them mentoring.'])[1 + u.idx % 5],
      visibility = CASE WHEN u.idx % 10 = 0 THEN '{"subjects":"communities"}'::jsonb WHEN u.idx % 25 = 0 THEN '{"currentAffiliations":"only_me","bio":"only_me"}'::jsonb ELSE '{}'::jsonb END
      FROM bench.users u WHERE p.user_id = u.id AND u.idx % 10 <> 9`,
    [subjects, subjects.length, EXPERTISE.map((e) => e.id), EXPERTISE.length, subjectLabels],
  );
  await step('people meta', `CREATE TABLE bench.people_meta (seeded_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(`INSERT INTO bench.people_meta DEFAULT VALUES`);
  await client.query('COMMIT');
  await client.query('ANALYZE');
  // The search documents are built by the server's own command, exactly as an operator would.
  const t = performance.now();
  await cli(url, ['search:reindex']);
  process.stdout.write(`search:reindex: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  const counts = (
    await client.query(
      `SELECT count(*) FILTER (WHERE listed)::int AS listed, count(*)::int AS profiles, (SELECT count(*)::int FROM affiliations) AS affiliations, (SELECT count(*)::int FROM organisations) AS organisations, (SELECT count(*)::int FROM search_lexicon) AS lexicon FROM profiles`,
    )
  ).rows[0];
  process.stdout.write(
    `${JSON.stringify(counts)}\nPeople seeded in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
}

async function cli(url, commandArgs) {
  await run(node24, [CLI, ...commandArgs], {
    NODE_ENV: 'production',
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    SECRET_KEY: randomBytes(32).toString('base64'),
  });
}

async function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${commandArgs.join(' ')} failed (exit ${code})`);
}
