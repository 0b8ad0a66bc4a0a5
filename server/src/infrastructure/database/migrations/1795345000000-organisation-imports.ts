import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM cannot express a partial unique index. Local authorities are imported
 * idempotently by their DfE code, so at most one local-authority organisation may hold each code
 * (schools share their authority's code, hence the WHERE).
 */
export class OrganisationImports1795345000000 implements MigrationInterface {
  name = 'OrganisationImports1795345000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_organisations_local_authority_la_code" ON "organisations" ("la_code") WHERE "kind" = 'local_authority'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_organisations_local_authority_la_code"`);
  }
}
