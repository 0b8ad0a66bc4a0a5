import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: the first read model a module publishes for others to read in SQL. The
 * accounts module owns `users`; other modules join people's names and addresses through the
 * `people` view instead, so a change to `users` is the accounts module's alone to make (see
 * docs/architecture.md, "Who owns which table"). A simple view is inlined by the planner: it
 * costs nothing at run time.
 */
export class PublishedReadModels1795370000000 implements MigrationInterface {
  name = 'PublishedReadModels1795370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "people" AS SELECT "id", "display_name", "email" FROM "users"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "people"`);
  }
}
