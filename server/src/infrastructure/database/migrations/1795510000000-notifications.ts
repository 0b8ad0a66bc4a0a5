import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notices (`notifications`, owned by notifications), the engine's `sensitive` flag on
 * threads, and the views notifications reads other modules through: discussions'
 * `notification_posts` and `post_mention_targets`, forums' `forum_category_watchers`, contacts'
 * `contact_request_parties`, and
 * communities' `may_read_community(viewer, community)`, the one reading rule of
 * `community_access()` for one person and one community (set-based fan-out calls it per recipient).
 */
export class Notifications1795510000000 implements MigrationInterface {
  name = 'Notifications1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discussion_threads" ADD "sensitive" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "group_key" character varying(200) NOT NULL, "community_id" uuid, "thread_id" uuid, "post_id" uuid, "post_number" integer, "subject_id" uuid, "actor_ids" uuid array NOT NULL DEFAULT '{}', "actor_count" integer NOT NULL DEFAULT '0', "event_count" integer NOT NULL DEFAULT '1', "sensitive" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notifications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notifications_user_id_group_key_unread" ON "notifications" ("user_id", "group_key") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_id_group_key" ON "notifications" ("user_id", "group_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_id_updated_at" ON "notifications" ("user_id", "updated_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE VIEW "notification_posts" AS
       SELECT p.id AS post_id, p.thread_id, t.kind AS thread_type, t.community_id, p.number, p.author_id,
              r.author_id AS reply_to_author_id, t.author_id AS thread_author_id, t.title, t.sensitive,
              (p.hidden_at IS NULL AND p.deleted_at IS NULL AND t.deleted_at IS NULL) AS visible, p.raw
         FROM discussion_posts p
         JOIN discussion_threads t ON t.id = p.thread_id
         LEFT JOIN discussion_posts r ON r.id = p.reply_to_post_id`,
    );
    await queryRunner.query(`CREATE VIEW "post_mention_targets" AS SELECT post_id, user_id FROM post_mentions`);
    await queryRunner.query(
      `CREATE VIEW "forum_category_watchers" AS
       SELECT f.thread_id, w.user_id, w.level FROM forum_threads f JOIN forum_category_watches w ON w.category_id = f.category_id`,
    );
    await queryRunner.query(
      `CREATE VIEW "contact_request_parties" AS SELECT id AS request_id, sender_id, recipient_id, status FROM contact_requests`,
    );
    await queryRunner.query(
      `CREATE FUNCTION may_read_community(viewer uuid, community uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
         SELECT EXISTS (
           SELECT 1 FROM communities c
            WHERE c.id = community
              AND (c.visibility = 'open'
                   OR EXISTS (SELECT 1 FROM community_memberships m WHERE m.community_id = c.id AND m.user_id = viewer)))
       $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION may_read_community(uuid, uuid)`);
    await queryRunner.query(`DROP VIEW "contact_request_parties"`);
    await queryRunner.query(`DROP VIEW "forum_category_watchers"`);
    await queryRunner.query(`DROP VIEW "post_mention_targets"`);
    await queryRunner.query(`DROP VIEW "notification_posts"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_id_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_id_group_key"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notifications_user_id_group_key_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`ALTER TABLE "discussion_threads" DROP COLUMN "sensitive"`);
  }
}
