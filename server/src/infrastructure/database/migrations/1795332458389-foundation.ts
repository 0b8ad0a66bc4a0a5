import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795332458389 implements MigrationInterface {
  name = 'Foundation1795332458389';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Added by hand: trigram matching (typo-tolerant names) and accent-insensitive search.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE TABLE "outbox_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "available_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "pk_outbox_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_events_pending" ON "outbox_events"  ("available_at", "id") WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(32) NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "phases" text array NOT NULL DEFAULT '{}', "region" character varying(40), "local_authority_name" text, "la_code" character varying(3), "urn" character varying(8), "ukprn" character varying(8), "website" text, "description" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organisations_ukprn" UNIQUE ("ukprn"), CONSTRAINT "uq_organisations_urn" UNIQUE ("urn"), CONSTRAINT "uq_organisations_slug" UNIQUE ("slug"), CONSTRAINT "ck_organisations_kind" CHECK (kind IN ('school', 'hei', 'local_authority', 'scitt', 'training_school', 'fe_college', 'other_provider', 'agency')), CONSTRAINT "pk_organisations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organisations_region" ON "organisations"  ("region") `);
    await queryRunner.query(`CREATE INDEX "ix_organisations_kind_name" ON "organisations"  ("kind", "name") `);
    // Added by hand (TypeORM cannot express operator classes): name search by trigram.
    await queryRunner.query(
      `CREATE INDEX "ix_organisations_name_trgm" ON "organisations" USING gin ("name" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_organisations_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisations_kind_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisations_region"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_events_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_events"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
