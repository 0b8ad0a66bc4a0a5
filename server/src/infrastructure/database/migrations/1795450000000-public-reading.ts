import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The function body both directions share; only the `readable` line differs. */
const communityAccess = (
  readable: string,
) => `CREATE OR REPLACE FUNCTION community_access(viewer uuid, platform_admin boolean)
      RETURNS TABLE (community_id uuid, role text, direct boolean, visible boolean, readable boolean, tools text[])
      LANGUAGE sql STABLE AS $$
        SELECT c.id, mine.role, mine.direct,
               (c.visibility <> 'hidden' OR mine.role IS NOT NULL OR platform_admin),
               (${readable}),
               c.tools
          FROM communities c
          LEFT JOIN (SELECT m.community_id,
                            CASE WHEN bool_or(m.role = 'facilitator') THEN 'facilitator' ELSE 'member' END AS role,
                            bool_or(m.source = 'direct') AS direct
                       FROM community_memberships m WHERE m.user_id = viewer GROUP BY m.community_id) mine
            ON mine.community_id = c.id
      $$`;

/**
 * Written by hand (ADR 0015): a facilitator may let anyone with the link read an open community
 * without signing in. `public_reading` is only ever true for an open community (the check
 * constraint), and `community_access` — the one SQL rule, kept equal to `community.policy.ts` by
 * `community-access.int-spec.ts` — lets a viewer without an account read it.
 */
export class PublicReading1795450000000 implements MigrationInterface {
  name = 'PublicReading1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "communities" ADD "public_reading" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "communities" ADD CONSTRAINT "ck_communities_public_reading" CHECK (NOT public_reading OR visibility = 'open')`,
    );
    await queryRunner.query(
      communityAccess(
        `mine.role IS NOT NULL OR platform_admin OR (c.visibility = 'open' AND (viewer IS NOT NULL OR c.public_reading))`,
      ),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      communityAccess(`mine.role IS NOT NULL OR platform_admin OR (c.visibility = 'open' AND viewer IS NOT NULL)`),
    );
    await queryRunner.query(`ALTER TABLE "communities" DROP CONSTRAINT "ck_communities_public_reading"`);
    await queryRunner.query(`ALTER TABLE "communities" DROP COLUMN "public_reading"`);
  }
}
