import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: real-time streams publish each stream's latest sequence number, so a page that
 * returns its data with the `streamSeq` to follow from (a thread, a category) reads it in the same
 * statement without naming the real-time log's own table (see `realtime.read-models.ts`).
 */
export class StreamPositions1795385000000 implements MigrationInterface {
  name = 'StreamPositions1795385000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "stream_positions" AS SELECT "stream", "seq" FROM "stream_heads"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "stream_positions"`);
  }
}
