import type { MigrationInterface, QueryRunner } from 'typeorm';

interface LexiconSource {
  table: string;
  /** `search_lexicon_sources.kind` */
  kind: string;
  id: string;
  /** The columns whose change changes the words or who may read them. */
  columns: string[];
  /** Arguments to cr_lexicon_replace after kind and id, over the row `r`: scope (null: nobody), community, text. */
  words: (r: string) => string;
}

/** The tables words come from, and who may read each row's words (`search-lexicon-source.entity.ts`). */
const SOURCES: LexiconSource[] = [
  // A listed person's search document holds only member-visible fields: every member may read it.
  {
    table: 'profiles',
    kind: 'profile',
    id: 'user_id',
    columns: ['search_name', 'search_headline', 'search_body', 'listed'],
    words: (r) =>
      `CASE WHEN ${r}.listed THEN 'members' END, NULL,
       concat_ws(' ', ${r}.search_name, ${r}.search_headline, ${r}.search_body)`,
  },
  // A forum thread's title: those who may read that community's forum; a deleted thread's: nobody.
  {
    table: 'discussion_threads',
    kind: 'thread',
    id: 'id',
    columns: ['title', 'kind', 'community_id', 'deleted_at'],
    words: (r) =>
      `CASE WHEN ${r}.kind = 'forum' AND ${r}.deleted_at IS NULL AND ${r}.community_id IS NOT NULL THEN 'forum' END,
       ${r}.community_id, ${r}.title`,
  },
  // A community's name and description: those who may see the community.
  {
    table: 'communities',
    kind: 'community',
    id: 'id',
    columns: ['name', 'description'],
    words: (r) => `'community', ${r}.id, concat_ws(' ', ${r}.name, ${r}.description)`,
  },
  // Organisation names are the public register.
  {
    table: 'organisations',
    kind: 'organisation',
    id: 'id',
    columns: ['name'],
    words: (r) => `'members', NULL, ${r}.name`,
  },
];

/** The columns the previous migration's triggers read (for `down`). */
const OLD_TRIGGER_COLUMNS: Record<string, string[]> = {
  profiles: ['search_name', 'search_headline', 'search_body'],
  discussion_threads: ['title'],
  communities: ['name', 'description'],
  organisations: ['name'],
};

/**
 * Written by hand: "did you mean" may offer only words the searcher may read. Until now
 * `search_lexicon` held every word ever written in a name, title, description or search document,
 * for good, and a correction could name a word from a hidden community's thread. Now each word is
 * recorded with its source and who may read that source (`search_lexicon_sources`); triggers
 * replace a source's words whenever its text or visibility changes and remove them with the
 * source, and words no source holds leave `search_lexicon` (one row per word, for the trigram
 * search). The correction query (`query-text.ts`) filters by the searcher's scope.
 */
export class ScopedSearchLexicon1795391000000 implements MigrationInterface {
  name = 'ScopedSearchLexicon1795391000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of SOURCES) await queryRunner.query(`DROP TRIGGER tr_${table}_lexicon ON ${table}`);
    await queryRunner.query(`DROP FUNCTION cr_lexicon_from_row()`);

    await queryRunner.query(
      `CREATE TABLE "search_lexicon_sources" ("kind" character varying(16) NOT NULL, "source_id" uuid NOT NULL, "word" text NOT NULL, "scope" character varying(16) NOT NULL, "community_id" uuid, CONSTRAINT "ck_search_lexicon_sources_scope" CHECK ((scope = 'members' AND community_id IS NULL) OR (scope IN ('community', 'forum') AND community_id IS NOT NULL)), CONSTRAINT "ck_search_lexicon_sources_kind" CHECK (kind IN ('profile', 'thread', 'community', 'organisation')), CONSTRAINT "pk_search_lexicon_sources" PRIMARY KEY ("kind", "source_id", "word"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_search_lexicon_sources_word_scope" ON "search_lexicon_sources"  ("word", "scope", "community_id") `,
    );

    // The words of a text as the lexicon keeps them: lower-cased, unaccented, 3 to 40 characters,
    // not numbers; sorted.
    await queryRunner.query(`CREATE FUNCTION cr_lexicon_words(text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(w ORDER BY w), '{}')
        FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, lower(cr_unaccent(coalesce($1, '')))))) w
       WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]' $$`);
    // Makes one source's words those of its text, readable in this scope; a null scope (nobody may
    // read it) removes them. Only words that changed are written. Words no source holds any more
    // leave search_lexicon, except one another transaction is removing at that moment (left to it:
    // no waiting). If a word leaves just as another transaction's text adds it again, that word is
    // not offered until some text holding it is written again or search:reindex puts it back; what
    // may be offered is decided by the sources, so this can lose a correction, never leak one.
    await queryRunner.query(`CREATE FUNCTION cr_lexicon_replace(
        p_kind text, p_source uuid, p_scope text, p_community uuid, p_text text)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        fresh text[] := CASE WHEN p_scope IS NULL THEN '{}' ELSE cr_lexicon_words(p_text) END;
        within uuid := CASE WHEN p_scope = 'members' THEN NULL ELSE p_community END;
        gone text[];
      BEGIN
        WITH removed AS (
          DELETE FROM search_lexicon_sources s
           WHERE s.kind = p_kind AND s.source_id = p_source
             AND (s.word <> ALL (fresh) OR s.scope IS DISTINCT FROM p_scope OR s.community_id IS DISTINCT FROM within)
          RETURNING s.word)
        SELECT array_agg(r.word) INTO gone FROM removed r;
        IF cardinality(fresh) > 0 THEN
          INSERT INTO search_lexicon (word) SELECT unnest(fresh) ON CONFLICT DO NOTHING;
          INSERT INTO search_lexicon_sources (kind, source_id, word, scope, community_id)
            SELECT p_kind, p_source, w, p_scope, within FROM unnest(fresh) w ON CONFLICT DO NOTHING;
        END IF;
        IF gone IS NOT NULL THEN
          DELETE FROM search_lexicon l WHERE l.word IN (
            SELECT c.word FROM search_lexicon c
             WHERE c.word = ANY (gone) AND NOT EXISTS (SELECT 1 FROM search_lexicon_sources s WHERE s.word = c.word)
             ORDER BY c.word FOR UPDATE SKIP LOCKED);
        END IF;
      END $$`);

    for (const { table, kind, id, columns, words } of SOURCES) {
      const changed = columns.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ');
      await queryRunner.query(`CREATE FUNCTION cr_lexicon_${kind}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            PERFORM cr_lexicon_replace('${kind}', OLD.${id}, NULL, NULL, NULL);
          ELSIF TG_OP = 'INSERT' THEN
            PERFORM cr_lexicon_replace('${kind}', NEW.${id}, ${words('NEW')});
          ELSIF ${changed} THEN
            PERFORM cr_lexicon_replace('${kind}', NEW.${id}, ${words('NEW')});
          END IF;
          RETURN NULL;
        END $$`);
      await queryRunner.query(`CREATE TRIGGER tr_${table}_lexicon
        AFTER INSERT OR DELETE OR UPDATE OF ${columns.join(', ')} ON ${table}
        FOR EACH ROW EXECUTE FUNCTION cr_lexicon_${kind}()`);
    }

    // Backfill from the rows as they are now, then keep only the words some source holds.
    await queryRunner.query(`INSERT INTO search_lexicon_sources (kind, source_id, word, scope, community_id)
      SELECT 'profile', p.user_id, w, 'members', NULL::uuid
        FROM profiles p, unnest(cr_lexicon_words(concat_ws(' ', p.search_name, p.search_headline, p.search_body))) w
       WHERE p.listed
      UNION ALL
      SELECT 'thread', t.id, w, 'forum', t.community_id
        FROM discussion_threads t, unnest(cr_lexicon_words(t.title)) w
       WHERE t.kind = 'forum' AND t.deleted_at IS NULL AND t.community_id IS NOT NULL
      UNION ALL
      SELECT 'community', c.id, w, 'community', c.id
        FROM communities c, unnest(cr_lexicon_words(concat_ws(' ', c.name, c.description))) w
      UNION ALL
      SELECT 'organisation', o.id, w, 'members', NULL FROM organisations o, unnest(cr_lexicon_words(o.name)) w`);
    // The trigram index is built afresh over the refilled lexicon: faster than inserting, and compact.
    await queryRunner.query(`DROP INDEX "ix_search_lexicon_word_trgm"`);
    await queryRunner.query(`TRUNCATE search_lexicon`);
    await queryRunner.query(`INSERT INTO search_lexicon (word) SELECT DISTINCT word FROM search_lexicon_sources`);
    await queryRunner.query(
      `CREATE INDEX "ix_search_lexicon_word_trgm" ON "search_lexicon" USING gin ("word" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, kind } of SOURCES) {
      await queryRunner.query(`DROP TRIGGER tr_${table}_lexicon ON ${table}`);
      await queryRunner.query(`DROP FUNCTION cr_lexicon_${kind}()`);
    }
    await queryRunner.query(`DROP FUNCTION cr_lexicon_replace(text, uuid, text, uuid, text)`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_lexicon_sources_word_scope"`);
    await queryRunner.query(`DROP TABLE "search_lexicon_sources"`);

    // Back to the previous lexicon: every word of every name, title, description and search
    // document, growing only.
    await queryRunner.query(`CREATE FUNCTION cr_lexicon_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE col text;
      BEGIN
        FOREACH col IN ARRAY TG_ARGV LOOP
          INSERT INTO search_lexicon (word)
            SELECT DISTINCT w
              FROM unnest(tsvector_to_array(to_tsvector('simple', lower(cr_unaccent(coalesce(to_jsonb(NEW) ->> col, '')))))) w
             WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]'
            ON CONFLICT DO NOTHING;
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [table, columns] of Object.entries(OLD_TRIGGER_COLUMNS)) {
      const args = columns.map((c) => `'${c}'`).join(', ');
      await queryRunner.query(`CREATE TRIGGER tr_${table}_lexicon
        AFTER INSERT OR UPDATE OF ${columns.join(', ')} ON ${table}
        FOR EACH ROW EXECUTE FUNCTION cr_lexicon_from_row(${args})`);
    }
    await queryRunner.query(`INSERT INTO search_lexicon (word)
      SELECT DISTINCT w FROM (
        SELECT concat_ws(' ', search_name, search_headline, search_body) FROM profiles
        UNION ALL SELECT title FROM discussion_threads
        UNION ALL SELECT concat_ws(' ', name, description) FROM communities
        UNION ALL SELECT name FROM organisations) t(text), unnest(cr_lexicon_words(t.text)) w
      ON CONFLICT DO NOTHING`);
    await queryRunner.query(`DROP FUNCTION cr_lexicon_words(text)`);
  }
}
