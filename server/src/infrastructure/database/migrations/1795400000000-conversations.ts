import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Private conversations (ADR 0014): a discussion type whose threads belong to no community.
 * `discussion_threads.community_id` becomes nullable (for conversations only, by a check), and
 * the views search, uploads and community listings read leave community-less threads out, so a
 * conversation can never reach search, suggestions, a listing or an upload's readers; their type
 * reads them through `private_thread_summaries`. The lexicon trigger already records
 * words only for forum threads.
 */
export class Conversations1795400000000 implements MigrationInterface {
  name = 'Conversations1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP CONSTRAINT "ck_discussion_threads_kind"`);
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD CONSTRAINT "ck_discussion_threads_kind" CHECK (kind IN ('forum', 'conversation'))`,
    );
    await queryRunner.query(`ALTER TABLE "discussion_threads" ALTER COLUMN "community_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD CONSTRAINT "ck_discussion_threads_community" CHECK ((kind = 'conversation') = (community_id IS NULL))`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversations" ("thread_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "pair_key" character varying(80), "started_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_conversations_kind" CHECK (kind IN ('direct', 'group')), CONSTRAINT "ck_conversations_pair_key" CHECK ((kind = 'direct') = (pair_key IS NOT NULL)), CONSTRAINT "pk_conversations" PRIMARY KEY ("thread_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_conversations_pair_key" ON "conversations" ("pair_key") `);
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "fk_conversations_thread_id" FOREIGN KEY ("thread_id") REFERENCES "discussion_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "fk_conversations_started_by_id" FOREIGN KEY ("started_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_participants" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_conversation_participants" PRIMARY KEY ("thread_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversation_participants_user_id_left_at" ON "conversation_participants" ("user_id", "left_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_participants" ADD CONSTRAINT "fk_conversation_participants_thread_id" FOREIGN KEY ("thread_id") REFERENCES "conversations"("thread_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_participants" ADD CONSTRAINT "fk_conversation_participants_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await this.views(queryRunner, 'AND t.community_id IS NOT NULL');
    // Community listings (forums, home) read summaries: community-less threads leave them, and their
    // own type reads them from a view of their own.
    await queryRunner.query(`CREATE OR REPLACE VIEW "discussion_thread_summaries" AS
      SELECT t.id AS thread_id, t.kind AS type, t.community_id, t.title, t.tags, t.author_id, a.display_name AS author_name,
             t.post_count, t.created_at, t.last_post_at, t.last_poster_id, lp.display_name AS last_poster_name,
             t.pinned_at IS NOT NULL AS pinned, t.locked_at IS NOT NULL AS locked, t.accepted_post_id,
             t.deleted_at IS NOT NULL AS deleted
        FROM discussion_threads t
        LEFT JOIN people a ON a.id = t.author_id
        LEFT JOIN people lp ON lp.id = t.last_poster_id
       WHERE t.community_id IS NOT NULL`);
    await queryRunner.query(`CREATE VIEW "private_thread_summaries" AS
      SELECT id AS thread_id, kind AS type, post_count, last_post_at, deleted_at IS NOT NULL AS deleted
        FROM discussion_threads WHERE community_id IS NULL`);
    // The newest visible post of each thread, for a discussion type's listing (a conversation's last message).
    await queryRunner.query(`CREATE VIEW "discussion_latest_posts" AS
      SELECT DISTINCT ON (p.thread_id) p.thread_id, p.id AS post_id, p.number, p.author_id, p.raw, p.created_at
        FROM discussion_posts p WHERE p.hidden_at IS NULL AND p.deleted_at IS NULL
       ORDER BY p.thread_id, p.number DESC`);
    // Contacts publish who blocked whom and who accepted whose request, for conversations to decide who may talk.
    await queryRunner.query(`CREATE VIEW "person_blocks" AS SELECT user_id, blocked_user_id FROM contact_blocks`);
    await queryRunner.query(`CREATE VIEW "accepted_contacts" AS
      SELECT sender_id AS user_id, recipient_id AS contact_id FROM contact_requests WHERE status = 'accepted'
      UNION SELECT recipient_id, sender_id FROM contact_requests WHERE status = 'accepted'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "accepted_contacts"`);
    await queryRunner.query(`DROP VIEW "person_blocks"`);
    await queryRunner.query(`DROP VIEW "discussion_latest_posts"`);
    await queryRunner.query(`DROP VIEW "private_thread_summaries"`);
    await queryRunner.query(`CREATE OR REPLACE VIEW "discussion_thread_summaries" AS
      SELECT t.id AS thread_id, t.kind AS type, t.community_id, t.title, t.tags, t.author_id, a.display_name AS author_name,
             t.post_count, t.created_at, t.last_post_at, t.last_poster_id, lp.display_name AS last_poster_name,
             t.pinned_at IS NOT NULL AS pinned, t.locked_at IS NOT NULL AS locked, t.accepted_post_id,
             t.deleted_at IS NOT NULL AS deleted
        FROM discussion_threads t
        LEFT JOIN people a ON a.id = t.author_id
        LEFT JOIN people lp ON lp.id = t.last_poster_id`);
    await this.views(queryRunner, '');
    await queryRunner.query(`DROP TABLE "conversation_participants"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
    await queryRunner.query(`DELETE FROM "discussion_threads" WHERE kind = 'conversation'`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP CONSTRAINT "ck_discussion_threads_community"`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" ALTER COLUMN "community_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP CONSTRAINT "ck_discussion_threads_kind"`);
    await queryRunner.query(
      `ALTER TABLE "discussion_threads" ADD CONSTRAINT "ck_discussion_threads_kind" CHECK (kind IN ('forum'))`,
    );
  }

  /** The views of `1795380000000-module-read-models` that search and uploads read, with `inCommunity` added. */
  private async views(queryRunner: QueryRunner, inCommunity: string): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE VIEW "searchable_threads" AS
      SELECT id, community_id, kind, title, tags, created_at, last_post_at, deleted_at, search_vector
        FROM discussion_threads t WHERE true ${inCommunity}`);
    await queryRunner.query(`CREATE OR REPLACE VIEW "searchable_posts" AS
      SELECT p.id, p.thread_id, p.number, p.author_id, p.raw, p.created_at, p.hidden_at, p.deleted_at, p.search_vector
        FROM discussion_posts p JOIN discussion_threads t ON t.id = p.thread_id WHERE true ${inCommunity}`);
    await queryRunner.query(`CREATE OR REPLACE VIEW "live_posts" AS
      SELECT p.id, p.thread_id, t.community_id
        FROM discussion_posts p JOIN discussion_threads t ON t.id = p.thread_id
       WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND t.deleted_at IS NULL ${inCommunity}`);
  }
}
