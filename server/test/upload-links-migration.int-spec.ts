import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDataSourceOn } from './support/data-source';
import { TEST_ENV, withDatabase, workerDatabaseName } from './support/database';

const MIGRATION = 'UploadFirstCommunity1795392000000';

/**
 * The migration that gives files the place they were first posted, run over data written before
 * it: links made by other people's posts go, and each file follows its owner's earliest post.
 * Runs on a database of its own, migrated up to just before this migration.
 */
describe(`migration ${MIGRATION}`, () => {
  const name = workerDatabaseName('upload_links_');
  let admin: pg.Client;
  let dataSource: DataSource;
  const one = async <T>(sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as T[])[0]!;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env[TEST_ENV.adminUrl] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    dataSource = await openDataSourceOn(withDatabase(process.env[TEST_ENV.adminUrl]!, name));
    await dataSource.runMigrations();
    while ((await dataSource.query('SELECT 1 FROM schema_migrations WHERE name = $1', [MIGRATION])).length > 0)
      await dataSource.undoLastMigration();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  });

  it('removes links from posts by anyone but the owner, and records the community of the owner’s earliest post', async () => {
    const person = (who: string) =>
      one<{ id: string }>(`INSERT INTO users (email, display_name) VALUES ($1, $1) RETURNING id`, [
        `${who}@school.example.org`,
      ]);
    const [owner, other] = [await person('owner'), await person('other')];
    const community = (slug: string, visibility: string) =>
      one<{ id: string }>(
        `INSERT INTO communities (slug, name, type, visibility) VALUES ($1, $1, 'subject_network', $2) RETURNING id`,
        [slug, visibility],
      );
    const [hidden, open] = [await community('hidden-space', 'hidden'), await community('open-space', 'open')];
    const post = async (communityId: string, authorId: string, createdAt: string) => {
      const thread = await one<{ id: string }>(
        `INSERT INTO discussion_threads (kind, community_id, author_id, title, post_count, last_poster_id) VALUES ('forum', $1, $2, 'A thread', 1, $2) RETURNING id`,
        [communityId, authorId],
      );
      return one<{ id: string }>(
        `INSERT INTO discussion_posts (thread_id, number, author_id, raw, html, created_at) VALUES ($1, 1, $2, 'x', '<p>x</p>', $3) RETURNING id`,
        [thread.id, authorId, createdAt],
      );
    };
    const upload = (label: string) =>
      one<{ id: string }>(
        `INSERT INTO uploads (owner_id, name, content_type, size, sha256, storage_key) VALUES ($1, $2, 'image/png', 1, repeat('a', 64), 'aa/aa/x') RETURNING id`,
        [owner.id, label],
      );
    const [shown, neverShown] = [await upload('shown.png'), await upload('never.png')];
    // The other person's embedding is the oldest post, the owner's hidden-space post the oldest of theirs.
    const embedded = await post(open.id, other.id, '2026-01-01T09:00:00Z');
    const first = await post(hidden.id, owner.id, '2026-01-02T09:00:00Z');
    const again = await post(open.id, owner.id, '2026-01-03T09:00:00Z');
    for (const p of [embedded, first, again])
      await dataSource.query('INSERT INTO post_uploads (post_id, upload_id) VALUES ($1, $2)', [p.id, shown.id]);

    await dataSource.runMigrations();

    const links = (await dataSource.query('SELECT post_id FROM post_uploads WHERE upload_id = $1', [shown.id])) as {
      post_id: string;
    }[];
    expect(links.map((l) => l.post_id).sort()).toEqual([first.id, again.id].sort());
    const places = (await dataSource.query('SELECT id, first_community_id FROM uploads WHERE id = ANY($1)', [
      [shown.id, neverShown.id],
    ])) as { id: string; first_community_id: string | null }[];
    expect(Object.fromEntries(places.map((p) => [p.id, p.first_community_id]))).toEqual({
      [shown.id]: hidden.id,
      [neverShown.id]: null,
    });
  });
});
