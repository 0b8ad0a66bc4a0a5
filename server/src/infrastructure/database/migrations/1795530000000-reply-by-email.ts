import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reply by email (mail-in): the replies already dealt with, by Message-ID hash, so a message
 * delivered twice posts once. No foreign keys: a row outliving its person or thread still
 * stops a late redelivery from doing anything.
 */
export class ReplyByEmail1795530000000 implements MigrationInterface {
  name = 'ReplyByEmail1795530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inbound_messages" ("message_hash" character varying(64) NOT NULL, "user_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "outcome" character varying(16) NOT NULL, "reason" character varying(32), "post_id" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_inbound_messages" PRIMARY KEY ("message_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_inbound_messages_received_at" ON "inbound_messages" ("received_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_inbound_messages_received_at"`);
    await queryRunner.query(`DROP TABLE "inbound_messages"`);
  }
}
