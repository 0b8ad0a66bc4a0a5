import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Discussions1795350000000 implements MigrationInterface {
  name = 'Discussions1795350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "scope" character varying(40) NOT NULL, "resource_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_idempotency_keys" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "stream_events" ("stream" character varying(60) NOT NULL, "seq" bigint NOT NULL, "type" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_stream_events" PRIMARY KEY ("stream", "seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_stream_events_occurred_at" ON "stream_events"  ("occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "stream_heads" ("stream" character varying(60) NOT NULL, "seq" bigint NOT NULL, CONSTRAINT "pk_stream_heads" PRIMARY KEY ("stream"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "discussion_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "key" character varying(60) NOT NULL, "title" character varying(200), "raw" text NOT NULL, "reply_to_post_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_discussion_drafts_user_id_key" UNIQUE ("user_id", "key"), CONSTRAINT "pk_discussion_drafts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "discussion_threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "community_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "post_count" integer NOT NULL DEFAULT '0', "last_post_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_poster_id" uuid NOT NULL, "pinned_at" TIMESTAMP WITH TIME ZONE, "locked_at" TIMESTAMP WITH TIME ZONE, "accepted_post_id" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_discussion_threads_kind" CHECK (kind IN ('forum')), CONSTRAINT "pk_discussion_threads" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_threads_community_id_last_post_at" ON "discussion_threads"  ("community_id", "last_post_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "discussion_posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid NOT NULL, "raw" text NOT NULL, "html" text NOT NULL, "reply_to_post_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "revision" integer NOT NULL DEFAULT '1', "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by_id" uuid, CONSTRAINT "uq_discussion_posts_thread_id_number" UNIQUE ("thread_id", "number"), CONSTRAINT "pk_discussion_posts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_posts_author_id_created_at" ON "discussion_posts"  ("author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "post_revisions" ("post_id" uuid NOT NULL, "revision" integer NOT NULL, "raw" text NOT NULL, "editor_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_post_revisions" PRIMARY KEY ("post_id", "revision"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "post_mentions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "pk_post_mentions" PRIMARY KEY ("post_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_post_mentions_user_id" ON "post_mentions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "flagger_id" uuid NOT NULL, "reason" character varying(24) NOT NULL, "note" text, "status" character varying(12) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, CONSTRAINT "uq_post_flags_post_id_flagger_id" UNIQUE ("post_id", "flagger_id"), CONSTRAINT "ck_post_flags_status" CHECK (status IN ('open', 'upheld', 'dismissed')), CONSTRAINT "ck_post_flags_reason" CHECK (reason IN ('identifies_someone', 'inappropriate', 'off_topic', 'spam', 'other')), CONSTRAINT "pk_post_flags" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_post_flags_open" ON "post_flags"  ("post_id") WHERE status = 'open'`);
    await queryRunner.query(
      `CREATE TABLE "post_reactions" ("post_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reaction" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_post_reactions_reaction" CHECK (reaction IN ('agree', 'thanks', 'insightful', 'celebrate', 'question')), CONSTRAINT "pk_post_reactions" PRIMARY KEY ("post_id", "user_id", "reaction"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "thread_readers" ("user_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "last_read_number" integer NOT NULL DEFAULT '0', "level" character varying(12), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_thread_readers_level" CHECK (level IN ('muted', 'normal', 'tracking', 'watching')), CONSTRAINT "pk_thread_readers" PRIMARY KEY ("user_id", "thread_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "name" character varying(60) NOT NULL, "description" text, "position" integer NOT NULL DEFAULT '0', "thread_count" integer NOT NULL DEFAULT '0', "post_count" integer NOT NULL DEFAULT '0', "last_activity_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_forum_categories_community_id_slug" UNIQUE ("community_id", "slug"), CONSTRAINT "pk_forum_categories" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_threads" ("thread_id" uuid NOT NULL, "category_id" uuid NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "last_post_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted" boolean NOT NULL DEFAULT false, CONSTRAINT "pk_forum_threads" PRIMARY KEY ("thread_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "forum_category_watches" ("user_id" uuid NOT NULL, "category_id" uuid NOT NULL, "level" character varying(12) NOT NULL, CONSTRAINT "ck_forum_category_watches_level" CHECK (level IN ('muted', 'normal', 'tracking', 'watching')), CONSTRAINT "pk_forum_category_watches" PRIMARY KEY ("user_id", "category_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "uploads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_uploads" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_uploads_owner_id" ON "uploads"  ("owner_id") `);
    await queryRunner.query(
      `CREATE TABLE "post_uploads" ("post_id" uuid NOT NULL, "upload_id" uuid NOT NULL, CONSTRAINT "pk_post_uploads" PRIMARY KEY ("post_id", "upload_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_post_uploads_upload_id" ON "post_uploads"  ("upload_id") `);
    await queryRunner.query(
      `ALTER TABLE "discussion_drafts" ADD CONSTRAINT "fk_discussion_drafts_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD CONSTRAINT "fk_discussion_threads_community_id" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD CONSTRAINT "fk_discussion_threads_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD CONSTRAINT "fk_discussion_threads_last_poster_id" FOREIGN KEY ("last_poster_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_posts" ADD CONSTRAINT "fk_discussion_posts_thread_id" FOREIGN KEY ("thread_id") REFERENCES "discussion_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_posts" ADD CONSTRAINT "fk_discussion_posts_author_id" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "discussion_posts" ADD CONSTRAINT "fk_discussion_posts_reply_to_post_id" FOREIGN KEY ("reply_to_post_id") REFERENCES "discussion_posts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "fk_post_revisions_post_id" FOREIGN KEY ("post_id") REFERENCES "discussion_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_revisions" ADD CONSTRAINT "fk_post_revisions_editor_id" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_mentions" ADD CONSTRAINT "fk_post_mentions_post_id" FOREIGN KEY ("post_id") REFERENCES "discussion_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_mentions" ADD CONSTRAINT "fk_post_mentions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flags" ADD CONSTRAINT "fk_post_flags_post_id" FOREIGN KEY ("post_id") REFERENCES "discussion_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flags" ADD CONSTRAINT "fk_post_flags_flagger_id" FOREIGN KEY ("flagger_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reactions" ADD CONSTRAINT "fk_post_reactions_post_id" FOREIGN KEY ("post_id") REFERENCES "discussion_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_reactions" ADD CONSTRAINT "fk_post_reactions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_readers" ADD CONSTRAINT "fk_thread_readers_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_readers" ADD CONSTRAINT "fk_thread_readers_thread_id" FOREIGN KEY ("thread_id") REFERENCES "discussion_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_categories" ADD CONSTRAINT "fk_forum_categories_community_id" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_threads" ADD CONSTRAINT "fk_forum_threads_thread_id" FOREIGN KEY ("thread_id") REFERENCES "discussion_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_threads" ADD CONSTRAINT "fk_forum_threads_category_id" FOREIGN KEY ("category_id") REFERENCES "forum_categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_category_watches" ADD CONSTRAINT "fk_forum_category_watches_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "forum_category_watches" ADD CONSTRAINT "fk_forum_category_watches_category_id" FOREIGN KEY ("category_id") REFERENCES "forum_categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "uploads" ADD CONSTRAINT "fk_uploads_owner_id" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_uploads" ADD CONSTRAINT "fk_post_uploads_post_id" FOREIGN KEY ("post_id") REFERENCES "discussion_posts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_uploads" ADD CONSTRAINT "fk_post_uploads_upload_id" FOREIGN KEY ("upload_id") REFERENCES "uploads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: the category listing reads threads in display order straight off this index.
    await queryRunner.query(
      `CREATE INDEX "ix_forum_threads_listing" ON "forum_threads" ("category_id", "pinned" DESC, "last_post_at" DESC) WHERE NOT "deleted"`,
    );
    // The table @socket.io/postgres-adapter uses for payloads too large for NOTIFY.
    await queryRunner.query(
      `CREATE TABLE "socket_io_attachments" ("id" bigserial UNIQUE, "created_at" timestamptz DEFAULT now(), "payload" bytea)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "socket_io_attachments"`);
    await queryRunner.query(`DROP INDEX "ix_forum_threads_listing"`);
    await queryRunner.query(`ALTER TABLE "post_uploads" DROP CONSTRAINT "fk_post_uploads_upload_id"`);
    await queryRunner.query(`ALTER TABLE "post_uploads" DROP CONSTRAINT "fk_post_uploads_post_id"`);
    await queryRunner.query(`ALTER TABLE "uploads" DROP CONSTRAINT "fk_uploads_owner_id"`);
    await queryRunner.query(
      `ALTER TABLE "forum_category_watches" DROP CONSTRAINT "fk_forum_category_watches_category_id"`,
    );
    await queryRunner.query(`ALTER TABLE "forum_category_watches" DROP CONSTRAINT "fk_forum_category_watches_user_id"`);
    await queryRunner.query(`ALTER TABLE "forum_threads" DROP CONSTRAINT "fk_forum_threads_category_id"`);
    await queryRunner.query(`ALTER TABLE "forum_threads" DROP CONSTRAINT "fk_forum_threads_thread_id"`);
    await queryRunner.query(`ALTER TABLE "forum_categories" DROP CONSTRAINT "fk_forum_categories_community_id"`);
    await queryRunner.query(`ALTER TABLE "thread_readers" DROP CONSTRAINT "fk_thread_readers_thread_id"`);
    await queryRunner.query(`ALTER TABLE "thread_readers" DROP CONSTRAINT "fk_thread_readers_user_id"`);
    await queryRunner.query(`ALTER TABLE "post_reactions" DROP CONSTRAINT "fk_post_reactions_user_id"`);
    await queryRunner.query(`ALTER TABLE "post_reactions" DROP CONSTRAINT "fk_post_reactions_post_id"`);
    await queryRunner.query(`ALTER TABLE "post_flags" DROP CONSTRAINT "fk_post_flags_flagger_id"`);
    await queryRunner.query(`ALTER TABLE "post_flags" DROP CONSTRAINT "fk_post_flags_post_id"`);
    await queryRunner.query(`ALTER TABLE "post_mentions" DROP CONSTRAINT "fk_post_mentions_user_id"`);
    await queryRunner.query(`ALTER TABLE "post_mentions" DROP CONSTRAINT "fk_post_mentions_post_id"`);
    await queryRunner.query(`ALTER TABLE "post_revisions" DROP CONSTRAINT "fk_post_revisions_editor_id"`);
    await queryRunner.query(`ALTER TABLE "post_revisions" DROP CONSTRAINT "fk_post_revisions_post_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_posts" DROP CONSTRAINT "fk_discussion_posts_reply_to_post_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_posts" DROP CONSTRAINT "fk_discussion_posts_author_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_posts" DROP CONSTRAINT "fk_discussion_posts_thread_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP CONSTRAINT "fk_discussion_threads_last_poster_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP CONSTRAINT "fk_discussion_threads_author_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP CONSTRAINT "fk_discussion_threads_community_id"`);
    await queryRunner.query(`ALTER TABLE "discussion_drafts" DROP CONSTRAINT "fk_discussion_drafts_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_post_uploads_upload_id"`);
    await queryRunner.query(`DROP TABLE "post_uploads"`);
    await queryRunner.query(`DROP INDEX "public"."ix_uploads_owner_id"`);
    await queryRunner.query(`DROP TABLE "uploads"`);
    await queryRunner.query(`DROP TABLE "forum_category_watches"`);
    await queryRunner.query(`DROP TABLE "forum_threads"`);
    await queryRunner.query(`DROP TABLE "forum_categories"`);
    await queryRunner.query(`DROP TABLE "thread_readers"`);
    await queryRunner.query(`DROP TABLE "post_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_post_flags_open"`);
    await queryRunner.query(`DROP TABLE "post_flags"`);
    await queryRunner.query(`DROP INDEX "public"."ix_post_mentions_user_id"`);
    await queryRunner.query(`DROP TABLE "post_mentions"`);
    await queryRunner.query(`DROP TABLE "post_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_discussion_posts_author_id_created_at"`);
    await queryRunner.query(`DROP TABLE "discussion_posts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_discussion_threads_community_id_last_post_at"`);
    await queryRunner.query(`DROP TABLE "discussion_threads"`);
    await queryRunner.query(`DROP TABLE "discussion_drafts"`);
    await queryRunner.query(`DROP TABLE "stream_heads"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stream_events_occurred_at"`);
    await queryRunner.query(`DROP TABLE "stream_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_keys_created_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
