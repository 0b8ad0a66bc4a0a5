import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleSearch1795360000000 implements MigrationInterface {
  name = 'PeopleSearch1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // An immutable unaccent, so generated columns and indexes may use it (unaccent itself is only STABLE).
    await queryRunner.query(
      `CREATE FUNCTION cr_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    // array_to_string is only STABLE in general; for text[] it is immutable, which generated columns need.
    await queryRunner.query(
      `CREATE FUNCTION cr_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT array_to_string($1, ' ') $$`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'profiles',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('simple'::regconfig, cr_unaccent(coalesce(search_name, ''))), 'A') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(search_headline, ''))), 'B') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(search_body, ''))), 'C')",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "profiles" ("user_id" uuid NOT NULL, "headline" character varying(140), "bio" text, "photo_key" text, "phases" text array NOT NULL DEFAULT '{}', "subjects" text array NOT NULL DEFAULT '{}', "expertise" text array NOT NULL DEFAULT '{}', "free_tags" text array NOT NULL DEFAULT '{}', "mentor_stage" character varying(24), "links" jsonb NOT NULL DEFAULT '[]', "availability" text array NOT NULL DEFAULT '{}', "contact_email" text, "contact_phone" text, "visibility" jsonb NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "search_name" text NOT NULL DEFAULT '', "search_headline" text NOT NULL DEFAULT '', "search_body" text NOT NULL DEFAULT '', "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, cr_unaccent(coalesce(search_name, ''))), 'A') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(search_headline, ''))), 'B') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(search_body, ''))), 'C')) STORED NOT NULL, "facets" text array NOT NULL DEFAULT '{}', "listed" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_profiles_mentor_stage" CHECK (mentor_stage IS NULL OR mentor_stage IN ('stage_1', 'stage_1_complete', 'stage_2', 'stage_2_certified')), CONSTRAINT "pk_profiles" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sender_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "message" character varying(500) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "shared_contact" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_contact_requests_not_self" CHECK (sender_id <> recipient_id), CONSTRAINT "ck_contact_requests_status" CHECK (status IN ('pending', 'accepted', 'declined')), CONSTRAINT "pk_contact_requests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_requests_sender_id_created_at" ON "contact_requests"  ("sender_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_contact_requests_recipient_id_created_at" ON "contact_requests"  ("recipient_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_blocks" ("user_id" uuid NOT NULL, "blocked_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid, CONSTRAINT "pk_contact_blocks" PRIMARY KEY ("user_id", "blocked_user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "search_lexicon" ("word" text NOT NULL, CONSTRAINT "pk_search_lexicon" PRIMARY KEY ("word"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisations" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(name, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, cr_unaccent(coalesce(local_authority_name, ''))), 'C') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(establishment_type, ''))), 'D')) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'organisations',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(name, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, cr_unaccent(coalesce(local_authority_name, ''))), 'C') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(establishment_type, ''))), 'D')",
      ],
    );
    await queryRunner.query(
      `ALTER TABLE "communities" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(name, ''))), 'A') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(description, ''))), 'C')) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'communities',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(name, ''))), 'A') || setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(description, ''))), 'C')",
      ],
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, cr_unaccent(coalesce(cr_words(tags), ''))), 'A')) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'discussion_threads',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, cr_unaccent(coalesce(cr_words(tags), ''))), 'A')",
      ],
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_posts" ADD "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(raw, ''))), 'B')) STORED NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      [
        'public',
        'discussion_posts',
        'GENERATED_COLUMN',
        'search_vector',
        "setweight(to_tsvector('english'::regconfig, cr_unaccent(coalesce(raw, ''))), 'B')",
      ],
    );
    await queryRunner.query(
      `ALTER TABLE "profiles" ADD CONSTRAINT "fk_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "fk_contact_requests_sender_id" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_requests" ADD CONSTRAINT "fk_contact_requests_recipient_id" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_blocks" ADD CONSTRAINT "fk_contact_blocks_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_blocks" ADD CONSTRAINT "fk_contact_blocks_blocked_user_id" FOREIGN KEY ("blocked_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: GIN indexes, the partial unique index, and the triggers TypeORM cannot express.
    await queryRunner.query(`CREATE INDEX "ix_profiles_search_vector" ON "profiles" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE INDEX "ix_profiles_search_name_trgm" ON "profiles" USING gin ("search_name" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_profiles_facets" ON "profiles" USING gin ("facets")`);
    await queryRunner.query(
      `CREATE INDEX "ix_search_lexicon_word_trgm" ON "search_lexicon" USING gin ("word" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_posts_search_vector" ON "discussion_posts" USING gin ("search_vector")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_threads_search_vector" ON "discussion_threads" USING gin ("search_vector")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_communities_search_vector" ON "communities" USING gin ("search_vector")`);
    await queryRunner.query(
      `CREATE INDEX "ix_organisations_search_vector" ON "organisations" USING gin ("search_vector")`,
    );
    // Content search ranks the newest matches of a common word first; this index lets it stop early.
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_posts_created_at_visible" ON "discussion_posts" ("created_at") WHERE hidden_at IS NULL AND deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contact_requests_pending_pair" ON "contact_requests" ("sender_id", "recipient_id") WHERE status = 'pending'`,
    );
    // Every user has a profile row, whichever way the account was made; the name is kept in step.
    await queryRunner.query(`CREATE FUNCTION cr_profile_for_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO profiles (user_id, search_name) VALUES (NEW.id, lower(cr_unaccent(NEW.display_name)))
          ON CONFLICT (user_id) DO UPDATE SET search_name = EXCLUDED.search_name;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tr_users_profile AFTER INSERT OR UPDATE OF display_name ON users FOR EACH ROW EXECUTE FUNCTION cr_profile_for_user()`,
    );
    await queryRunner.query(
      `INSERT INTO profiles (user_id, search_name) SELECT id, lower(cr_unaccent(display_name)) FROM users ON CONFLICT DO NOTHING`,
    );
    // The lexicon of searchable words, for correcting misspelt query words (see SearchLexiconEntity).
    await queryRunner.query(`CREATE FUNCTION cr_lexicon_from_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE col text;
      BEGIN
        FOREACH col IN ARRAY TG_ARGV LOOP
          INSERT INTO search_lexicon (word)
            SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('simple', lower(cr_unaccent(coalesce(to_jsonb(NEW) ->> col, '')))))) w
             WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]'
            ON CONFLICT DO NOTHING;
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER tr_profiles_lexicon AFTER INSERT OR UPDATE OF search_name, search_headline, search_body ON profiles FOR EACH ROW EXECUTE FUNCTION cr_lexicon_from_row('search_name', 'search_headline', 'search_body')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_discussion_threads_lexicon AFTER INSERT OR UPDATE OF title ON discussion_threads FOR EACH ROW EXECUTE FUNCTION cr_lexicon_from_row('title')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_communities_lexicon AFTER INSERT OR UPDATE OF name, description ON communities FOR EACH ROW EXECUTE FUNCTION cr_lexicon_from_row('name', 'description')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_organisations_lexicon AFTER INSERT OR UPDATE OF name ON organisations FOR EACH ROW EXECUTE FUNCTION cr_lexicon_from_row('name')`,
    );
    await queryRunner.query(
      `INSERT INTO search_lexicon (word) SELECT DISTINCT w FROM (SELECT name FROM organisations UNION ALL SELECT name FROM communities UNION ALL SELECT title FROM discussion_threads) t(text), unnest(tsvector_to_array(to_tsvector('simple', lower(cr_unaccent(t.text))))) w WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]' ON CONFLICT DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_organisations_lexicon ON organisations`);
    await queryRunner.query(`DROP TRIGGER tr_communities_lexicon ON communities`);
    await queryRunner.query(`DROP TRIGGER tr_discussion_threads_lexicon ON discussion_threads`);
    await queryRunner.query(`DROP TRIGGER tr_profiles_lexicon ON profiles`);
    await queryRunner.query(`DROP TRIGGER tr_users_profile ON users`);
    await queryRunner.query(`DROP FUNCTION cr_lexicon_from_row()`);
    await queryRunner.query(`DROP FUNCTION cr_profile_for_user()`);
    await queryRunner.query(`DROP INDEX "uq_contact_requests_pending_pair"`);
    await queryRunner.query(`DROP INDEX "ix_discussion_posts_created_at_visible"`);
    await queryRunner.query(`DROP INDEX "ix_organisations_search_vector"`);
    await queryRunner.query(`DROP INDEX "ix_communities_search_vector"`);
    await queryRunner.query(`DROP INDEX "ix_discussion_threads_search_vector"`);
    await queryRunner.query(`DROP INDEX "ix_discussion_posts_search_vector"`);
    await queryRunner.query(`DROP INDEX "ix_search_lexicon_word_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_profiles_facets"`);
    await queryRunner.query(`DROP INDEX "ix_profiles_search_name_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_profiles_search_vector"`);
    await queryRunner.query(`ALTER TABLE "contact_blocks" DROP CONSTRAINT "fk_contact_blocks_blocked_user_id"`);
    await queryRunner.query(`ALTER TABLE "contact_blocks" DROP CONSTRAINT "fk_contact_blocks_user_id"`);
    await queryRunner.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "fk_contact_requests_recipient_id"`);
    await queryRunner.query(`ALTER TABLE "contact_requests" DROP CONSTRAINT "fk_contact_requests_sender_id"`);
    await queryRunner.query(`ALTER TABLE "profiles" DROP CONSTRAINT "fk_profiles_user_id"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'discussion_posts'],
    );
    await queryRunner.query(`ALTER TABLE "discussion_posts" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'discussion_threads'],
    );
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'communities'],
    );
    await queryRunner.query(`ALTER TABLE "communities" DROP COLUMN "search_vector"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'organisations'],
    );
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "search_vector"`);
    await queryRunner.query(`DROP TABLE "search_lexicon"`);
    await queryRunner.query(`DROP TABLE "contact_blocks"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_requests_recipient_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contact_requests_sender_id_created_at"`);
    await queryRunner.query(`DROP TABLE "contact_requests"`);
    await queryRunner.query(`DROP TABLE "profiles"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'profiles'],
    );
    await queryRunner.query(`DROP FUNCTION cr_words(text[])`);
    await queryRunner.query(`DROP FUNCTION cr_unaccent(text)`);
  }
}
