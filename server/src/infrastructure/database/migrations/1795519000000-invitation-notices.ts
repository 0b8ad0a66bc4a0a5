import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: `open_invitations` also names each invitation and who sent it, so an invitation
 * to someone who already has an account becomes a notice from that person (docs/notifications.md).
 */
export class InvitationNotices1795519000000 implements MigrationInterface {
  name = 'InvitationNotices1795519000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE VIEW "open_invitations" AS
      SELECT community_id, email, expires_at, id, invited_by_user_id FROM community_invitations
       WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A view cannot drop columns in place.
    await queryRunner.query(`DROP VIEW "open_invitations"`);
    await queryRunner.query(`CREATE VIEW "open_invitations" AS
      SELECT community_id, email, expires_at FROM community_invitations
       WHERE accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`);
  }
}
