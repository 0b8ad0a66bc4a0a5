import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDataSourceOn, openTestDataSource } from '../../../../test/support/data-source';
import { TEST_ENV, withDatabase, workerDatabaseName } from '../../../../test/support/database';
import { uniqueWord } from '../../../../test/support/search-engine.contract';
import { PostgresSearchEngine } from './postgres-search-engine';

interface SourceRow {
  word: string;
  scope: string;
  community_id: string | null;
}

/** Rows as plain SQL writes them, so every trigger path is covered whoever writes. */
function rows(dataSource: DataSource) {
  const one = async (sql: string, params: unknown[]) =>
    ((await dataSource.query(sql, params)) as { id: string }[])[0]!.id;
  const unique = () => `lex-${randomUUID().slice(0, 8)}`;
  return {
    person: () =>
      one(`INSERT INTO users (email, display_name, email_verified_at) VALUES ($1, 'Lex Person', now()) RETURNING id`, [
        `${unique()}@school.example.org`,
      ]),
    community: (name: string) =>
      one(
        `INSERT INTO communities (slug, name, type, visibility, tools)
         VALUES ($1, $2, 'research', 'hidden', '{forum}') RETURNING id`,
        [unique(), name],
      ),
    thread: (communityId: string, authorId: string, title: string) =>
      one(
        `INSERT INTO discussion_threads (kind, community_id, author_id, last_poster_id, title)
         VALUES ('forum', $1, $2, $2, $3) RETURNING id`,
        [communityId, authorId, title],
      ),
    organisation: (name: string) =>
      one(`INSERT INTO organisations (kind, name, slug) VALUES ('school', $1, $2) RETURNING id`, [name, unique()]),
  };
}

const sourcesOf = (dataSource: DataSource, sourceId: string): Promise<SourceRow[]> =>
  dataSource.query('SELECT word, scope, community_id FROM search_lexicon_sources WHERE source_id = $1 ORDER BY word', [
    sourceId,
  ]);
const inLexicon = async (dataSource: DataSource, words: string[]): Promise<string[]> => {
  const rows: { word: string }[] = await dataSource.query(
    'SELECT word FROM search_lexicon WHERE word = ANY($1) ORDER BY word',
    [words],
  );
  return rows.map((r) => r.word);
};

describe('the scoped search lexicon, kept by triggers', () => {
  let dataSource: DataSource;
  let make: ReturnType<typeof rows>;
  let author: string;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
    make = rows(dataSource);
    author = await make.person();
  });
  afterAll(() => dataSource.destroy());

  it("scopes a thread title's words to its community's forum readers, follows a move and forgets them on deletion", async () => {
    const [a, b] = [uniqueWord('lx'), uniqueWord('lx')];
    const [first, second] = [await make.community(`Lex ${randomUUID()}`), await make.community(`Lex ${randomUUID()}`)];
    const thread = await make.thread(first, author, `${a} and ${b}`);
    const inFirst = ['and', a, b].sort().map((word) => ({ word, scope: 'forum', community_id: first }));
    expect(await sourcesOf(dataSource, thread)).toEqual(inFirst);

    await dataSource.query('UPDATE discussion_threads SET community_id = $2 WHERE id = $1', [thread, second]);
    expect((await sourcesOf(dataSource, thread)).map((s) => s.community_id)).toEqual([second, second, second]);

    await dataSource.query('UPDATE discussion_threads SET deleted_at = now() WHERE id = $1', [thread]);
    expect(await sourcesOf(dataSource, thread)).toEqual([]);
    expect(await inLexicon(dataSource, [a, b])).toEqual([]);

    await dataSource.query('UPDATE discussion_threads SET deleted_at = NULL WHERE id = $1', [thread]);
    expect(await inLexicon(dataSource, [a, b])).toEqual([a, b].sort());
  });

  it('keeps a word in the lexicon while any text holds it, and drops it with the last one', async () => {
    const [shared, only] = [uniqueWord('lx'), uniqueWord('lx')];
    const community = await make.community(`Lex ${randomUUID()}`);
    const organisation = await make.organisation(`${shared} Academy`);
    const thread = await make.thread(community, author, `${shared} ${only}`);
    expect(await sourcesOf(dataSource, organisation)).toEqual([
      { word: 'academy', scope: 'members', community_id: null },
      { word: shared, scope: 'members', community_id: null },
    ]);

    await dataSource.query('UPDATE discussion_threads SET title = $2 WHERE id = $1', [thread, 'Something else']);
    expect(await inLexicon(dataSource, [shared, only])).toEqual([shared]);
    await dataSource.query('UPDATE organisations SET name = $2 WHERE id = $1', [organisation, 'Renamed Academy']);
    expect(await inLexicon(dataSource, [shared])).toEqual([]);
  });

  it("keeps a community's name and description to those who may see it, and replaces them when they change", async () => {
    const [before, after] = [uniqueWord('lx'), uniqueWord('lx')];
    const community = await make.community(`Lex ${before}`);
    await dataSource.query('UPDATE communities SET description = $2 WHERE id = $1', [community, `All about ${after}`]);
    const ours = (await sourcesOf(dataSource, community)).filter((s) => [before, after].includes(s.word));
    expect(ours).toEqual([before, after].sort().map((word) => ({ word, scope: 'community', community_id: community })));
    await dataSource.query('UPDATE communities SET name = $2 WHERE id = $1', [community, 'Lex renamed']);
    expect((await sourcesOf(dataSource, community)).map((s) => s.word)).not.toContain(before);
  });

  it("takes a person's words from their member-visible search document, and only while they are listed", async () => {
    const word = uniqueWord('lx');
    const person = await make.person();
    await dataSource.query(`UPDATE profiles SET search_headline = $2 WHERE user_id = $1`, [person, `Leads ${word}`]);
    expect(await sourcesOf(dataSource, person)).toEqual([]);
    await dataSource.query(`UPDATE profiles SET listed = true WHERE user_id = $1`, [person]);
    expect((await sourcesOf(dataSource, person)).map((s) => [s.word, s.scope])).toEqual([
      ['leads', 'members'],
      ['lex', 'members'],
      [word, 'members'],
      ['person', 'members'],
    ]);
    await dataSource.query(`UPDATE profiles SET search_headline = '' WHERE user_id = $1`, [person]);
    expect((await sourcesOf(dataSource, person)).map((s) => s.word)).toEqual(['lex', 'person']);
    await dataSource.query('DELETE FROM users WHERE id = $1', [person]);
    expect(await sourcesOf(dataSource, person)).toEqual([]);
  });

  it('puts back, on reindex, a word some text holds that is missing from the lexicon', async () => {
    const word = uniqueWord('lx');
    await make.organisation(`${word} Academy`);
    // What a concurrent removal can leave behind: the source is there, the word is not.
    await dataSource.query('DELETE FROM search_lexicon WHERE word = $1', [word]);
    await new PostgresSearchEngine(dataSource).reindex();
    expect(await inLexicon(dataSource, [word])).toEqual([word]);
  });
});

/** On a database of its own: the migration is reverted under existing rows and applied again. */
describe('the scoped lexicon migration', () => {
  const name = workerDatabaseName('lexicon_migration_');
  const MIGRATION = 'ScopedSearchLexicon1795391000000';
  let admin: pg.Client;
  let dataSource: DataSource;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env[TEST_ENV.adminUrl] });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${process.env[TEST_ENV.template]}`);
    dataSource = await openDataSourceOn(withDatabase(process.env[TEST_ENV.adminUrl]!, name));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  });

  const applied = async () => {
    const rows: { name: string }[] = await dataSource.query('SELECT name FROM schema_migrations');
    return rows.map((r) => r.name);
  };

  it('fills the scoped lexicon from existing rows, and its down step restores the unscoped one', async () => {
    while ((await applied()).includes(MIGRATION)) await dataSource.undoLastMigration();
    const make = rows(dataSource);
    const [hidden, deleted, listed, unlisted] = [1, 2, 3, 4].map(() => uniqueWord('lx'));
    const words = { hidden: hidden!, deleted: deleted!, listed: listed!, unlisted: unlisted! };
    const all = Object.values(words).sort();
    const author = await make.person();
    const community = await make.community(`Lex ${randomUUID()}`);
    const thread = await make.thread(community, author, `${words.hidden} notes`);
    const gone = await make.thread(community, author, `${words.deleted} notes`);
    await dataSource.query('UPDATE discussion_threads SET deleted_at = now() WHERE id = $1', [gone]);
    const [person, other] = [await make.person(), await make.person()];
    const profile = 'UPDATE profiles SET search_headline = $2, listed = $3 WHERE user_id = $1';
    await dataSource.query(profile, [person, words.listed, true]);
    await dataSource.query(profile, [other, words.unlisted, false]);
    // The old lexicon holds every word, whoever may read it.
    expect(await inLexicon(dataSource, all)).toEqual(all);

    await dataSource.runMigrations();
    const titleWord = (await sourcesOf(dataSource, thread)).find((s) => s.word === words.hidden);
    expect(titleWord).toEqual({ word: words.hidden, scope: 'forum', community_id: community });
    expect(await sourcesOf(dataSource, gone)).toEqual([]);
    expect((await sourcesOf(dataSource, person)).map((s) => s.word)).toContain(words.listed);
    expect(await sourcesOf(dataSource, other)).toEqual([]);
    expect(await inLexicon(dataSource, all)).toEqual([words.hidden, words.listed].sort());
    const [orphans]: { n: number }[] = await dataSource.query(
      `SELECT count(*)::int AS n FROM search_lexicon l
        WHERE NOT EXISTS (SELECT 1 FROM search_lexicon_sources s WHERE s.word = l.word)`,
    );
    expect(orphans!.n).toBe(0);

    while ((await applied()).includes(MIGRATION)) await dataSource.undoLastMigration();
    expect(await inLexicon(dataSource, all)).toEqual(all);
    await dataSource.runMigrations();
  });
});
