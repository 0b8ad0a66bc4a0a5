import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: the views the home page reads across modules (`docs/home.md`), each declared
 * by its owner in `<module>.read-models.ts`. Simple filters over indexed tables, inlined by the planner.
 */
export class HomeReadModels1795410000000 implements MigrationInterface {
  name = 'HomeReadModels1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "pending_join_requests" AS
      SELECT community_id, user_id, created_at FROM community_join_requests WHERE status = 'pending'`);
    await queryRunner.query(`CREATE VIEW "open_invitations" AS
      SELECT community_id, email, expires_at FROM community_invitations
       WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`);
    await queryRunner.query(`CREATE VIEW "open_flagged_posts" AS
      SELECT fl.post_id, t.community_id, min(fl.created_at) AS first_flagged_at
        FROM post_flags fl JOIN discussion_posts p ON p.id = fl.post_id JOIN discussion_threads t ON t.id = p.thread_id
       WHERE fl.status = 'open' GROUP BY fl.post_id, t.community_id`);
    await queryRunner.query(`CREATE VIEW "pending_contact_requests" AS
      SELECT recipient_id, sender_id, created_at FROM contact_requests WHERE status = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'pending_contact_requests',
      'open_flagged_posts',
      'open_invitations',
      'pending_join_requests',
    ]) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
  }
}
