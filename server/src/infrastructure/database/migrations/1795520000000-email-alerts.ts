import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Email alerts: each person's email choices, per-community modes and per-thread opt-outs (docs/email-alerts.md). */
export class EmailAlerts1795520000000 implements MigrationInterface {
  name = 'EmailAlerts1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_preferences" ("user_id" uuid NOT NULL, "default_mode" character varying(12) NOT NULL DEFAULT 'daily', "digest_hour" smallint NOT NULL DEFAULT '7', "digest_weekday" smallint NOT NULL DEFAULT '1', "quiet_start" smallint, "quiet_end" smallint, "mentions" boolean NOT NULL DEFAULT true, "replies" boolean NOT NULL DEFAULT true, "all_off" boolean NOT NULL DEFAULT false, "last_daily_digest_at" TIMESTAMP WITH TIME ZONE, "last_weekly_digest_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_email_preferences_default_mode" CHECK ("default_mode" IN ('immediately', 'daily', 'weekly', 'never')), CONSTRAINT "ck_email_preferences_digest_hour" CHECK ("digest_hour" BETWEEN 0 AND 23), CONSTRAINT "ck_email_preferences_digest_weekday" CHECK ("digest_weekday" BETWEEN 1 AND 7), CONSTRAINT "ck_email_preferences_quiet_hours" CHECK (("quiet_start" IS NULL) = ("quiet_end" IS NULL) AND COALESCE("quiet_start", 0) BETWEEN 0 AND 23 AND COALESCE("quiet_end", 0) BETWEEN 0 AND 23), CONSTRAINT "pk_email_preferences" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "community_email_preferences" ("user_id" uuid NOT NULL, "community_id" uuid NOT NULL, "mode" character varying(12) NOT NULL, CONSTRAINT "ck_community_email_preferences_mode" CHECK ("mode" IN ('immediately', 'daily', 'weekly', 'never')), CONSTRAINT "pk_community_email_preferences" PRIMARY KEY ("user_id", "community_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "thread_email_opt_outs" ("user_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_thread_email_opt_outs" PRIMARY KEY ("user_id", "thread_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_preferences" ADD CONSTRAINT "fk_email_preferences_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_email_preferences" ADD CONSTRAINT "fk_community_email_preferences_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_email_preferences" ADD CONSTRAINT "fk_community_email_preferences_community_id" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_email_opt_outs" ADD CONSTRAINT "fk_thread_email_opt_outs_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_email_opt_outs" ADD CONSTRAINT "fk_thread_email_opt_outs_thread_id" FOREIGN KEY ("thread_id") REFERENCES "discussion_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The digest counts a thread's posts since the person's last digest.
    await queryRunner.query(
      `CREATE INDEX "ix_discussion_posts_thread_id_created_at_visible" ON "discussion_posts" ("thread_id", "created_at") WHERE hidden_at IS NULL AND deleted_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_discussion_posts_thread_id_created_at_visible"`);
    await queryRunner.query(`DROP TABLE "thread_email_opt_outs"`);
    await queryRunner.query(`DROP TABLE "community_email_preferences"`);
    await queryRunner.query(`DROP TABLE "email_preferences"`);
  }
}
