import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person may flag a post again once their earlier flag was resolved (the unique pair now covers open flags only),
 * and a hidden post keeps the facilitator's reason for hiding it.
 */
export class ModerationReasons1795430000000 implements MigrationInterface {
  name = 'ModerationReasons1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "post_flags" DROP CONSTRAINT "uq_post_flags_post_id_flagger_id"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_post_flags_open_post_id_flagger_id" ON "post_flags" ("post_id", "flagger_id") WHERE status = 'open'`,
    );
    await queryRunner.query(`ALTER TABLE "discussion_posts" ADD "hidden_reason" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_posts" DROP COLUMN "hidden_reason"`);
    await queryRunner.query(`DROP INDEX "public"."uq_post_flags_open_post_id_flagger_id"`);
    // Keep the newest flag of each person on each post so the old pair can be unique again.
    await queryRunner.query(
      `DELETE FROM "post_flags" f USING "post_flags" g
        WHERE f.post_id = g.post_id AND f.flagger_id = g.flagger_id AND f.created_at < g.created_at`,
    );
    await queryRunner.query(
      `ALTER TABLE "post_flags" ADD CONSTRAINT "uq_post_flags_post_id_flagger_id" UNIQUE ("post_id", "flagger_id")`,
    );
  }
}
