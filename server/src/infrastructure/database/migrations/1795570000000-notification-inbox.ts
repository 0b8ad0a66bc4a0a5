import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox events notifications has handled, so a redelivery counts nothing twice (docs/notifications.md). */
export class NotificationInbox1795570000000 implements MigrationInterface {
  name = 'NotificationInbox1795570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_inbox" ("event_id" bigint NOT NULL, "handled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_inbox" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notification_inbox_handled_at" ON "notification_inbox" ("handled_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_inbox"`);
  }
}
