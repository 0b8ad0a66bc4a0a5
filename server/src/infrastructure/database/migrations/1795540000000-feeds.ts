import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feeds (docs/feeds.md): the private feed tokens (feeds' table), and the views feeds reads, each
 * declared by its owner: discussions' `discussion_feed_posts` (posts any reader of the community
 * may see, with their cooked HTML; never a sensitive thread's, which stay in the app) and
 * forums' `forum_category_directory` and `forum_thread_places`.
 */
export class Feeds1795540000000 implements MigrationInterface {
  name = 'Feeds1795540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "feed_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "token_sealed" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_feed_tokens_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_feed_tokens" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "feed_tokens" ADD CONSTRAINT "fk_feed_tokens_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // One live link per person: making a new one revokes the old in the same transaction.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_feed_tokens_live_user_id" ON "feed_tokens" ("user_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(`CREATE VIEW "discussion_feed_posts" AS
      SELECT p.id AS post_id, p.thread_id, t.kind AS type, t.community_id, t.title AS thread_title,
             t.tags AS thread_tags, p.number, p.html, a.display_name AS author_name, p.created_at, p.edited_at
        FROM discussion_posts p
        JOIN discussion_threads t ON t.id = p.thread_id
        LEFT JOIN people a ON a.id = p.author_id
       WHERE p.hidden_at IS NULL AND p.deleted_at IS NULL AND t.deleted_at IS NULL AND t.community_id IS NOT NULL
         AND NOT t.sensitive`);
    await queryRunner.query(`CREATE VIEW "forum_category_directory" AS
      SELECT id, community_id, slug, name, description FROM forum_categories`);
    await queryRunner.query(`CREATE VIEW "forum_thread_places" AS
      SELECT thread_id, category_id FROM forum_threads`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of ['forum_thread_places', 'forum_category_directory', 'discussion_feed_posts']) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
    await queryRunner.query(`DROP INDEX "uq_feed_tokens_live_user_id"`);
    await queryRunner.query(`ALTER TABLE "feed_tokens" DROP CONSTRAINT "fk_feed_tokens_user_id"`);
    await queryRunner.query(`DROP TABLE "feed_tokens"`);
  }
}
