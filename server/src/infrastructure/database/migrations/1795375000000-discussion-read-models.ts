import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: the read models the discussion engine publishes for its discussion types
 * (forums; next incidents, wiki comments, conversations, dialogue prompts). A type joins these
 * views beside its own table instead of the engine's tables, so the engine can change
 * `discussion_threads` and `thread_readers` without breaking a type (ADR 0008). Names come
 * through the accounts module's `people` view. The people joins are LEFT JOINs on a unique key,
 * so the planner drops them from queries that use no name: the views cost nothing at run time.
 */
export class DiscussionReadModels1795375000000 implements MigrationInterface {
  name = 'DiscussionReadModels1795375000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "discussion_thread_summaries" AS
      SELECT t.id AS thread_id, t.kind AS type, t.community_id, t.title, t.tags, t.author_id, a.display_name AS author_name,
             t.post_count, t.created_at, t.last_post_at, t.last_poster_id, lp.display_name AS last_poster_name,
             t.pinned_at IS NOT NULL AS pinned, t.locked_at IS NOT NULL AS locked, t.accepted_post_id,
             t.deleted_at IS NOT NULL AS deleted
        FROM discussion_threads t
        LEFT JOIN people a ON a.id = t.author_id
        LEFT JOIN people lp ON lp.id = t.last_poster_id`);
    await queryRunner.query(`CREATE VIEW "discussion_reading" AS
      SELECT user_id, thread_id, last_read_number, level FROM thread_readers`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "discussion_reading"`);
    await queryRunner.query(`DROP VIEW "discussion_thread_summaries"`);
  }
}
