import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: a file follows the access of the community where its owner first posted it.
 * Links that posts by anyone but the file's owner made are removed (they re-exposed files from
 * hidden communities), and each file's first community is taken from the owner's earliest post
 * that still links it. `down` keeps the schema reversible; the removed links do not come back.
 */
export class UploadFirstCommunity1795392000000 implements MigrationInterface {
  name = 'UploadFirstCommunity1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "uploads" ADD "first_community_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "uploads" ADD CONSTRAINT "fk_uploads_first_community_id" FOREIGN KEY ("first_community_id") REFERENCES "communities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `DELETE FROM "post_uploads" pu USING "discussion_posts" p, "uploads" u
        WHERE p."id" = pu."post_id" AND u."id" = pu."upload_id" AND p."author_id" <> u."owner_id"`,
    );
    await queryRunner.query(
      `UPDATE "uploads" u SET "first_community_id" = f."community_id"
         FROM (SELECT DISTINCT ON (pu."upload_id") pu."upload_id", t."community_id"
                 FROM "post_uploads" pu
                 JOIN "discussion_posts" p ON p."id" = pu."post_id"
                 JOIN "discussion_threads" t ON t."id" = p."thread_id"
                ORDER BY pu."upload_id", p."created_at", p."id") f
        WHERE u."id" = f."upload_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "uploads" DROP CONSTRAINT "fk_uploads_first_community_id"`);
    await queryRunner.query(`ALTER TABLE "uploads" DROP COLUMN "first_community_id"`);
  }
}
