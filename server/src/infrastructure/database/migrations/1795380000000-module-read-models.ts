import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: the read models modules publish so that no module reads another's tables
 * (ADR "Modules publish read models"). Each view is declared, with its columns, in its owner's
 * `<module>.read-models.ts`. They are simple projections, which the planner inlines, so the
 * indexes on the tables beneath (GIN on `search_vector`, trigram on names) still serve.
 *
 * `community_access` is the one SQL definition of who may see and read a community; the TS
 * policy (`communities/community.policy.ts`) is proven equal to it by `community-access.int-spec.ts`.
 */
export class ModuleReadModels1795380000000 implements MigrationInterface {
  name = 'ModuleReadModels1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "organisation_directory" AS
      SELECT id, slug, name, kind, establishment_type, region, la_code, local_authority_name, closed_on, search_vector FROM organisations`);
    await queryRunner.query(`CREATE VIEW "verified_affiliations" AS
      SELECT a.user_id, a.organisation_id, a.role, a.title, a.starts_on, a.ends_on,
             (a.starts_on <= current_date AND (a.ends_on IS NULL OR a.ends_on > current_date)) AS current
        FROM affiliations a WHERE a.status = 'verified'`);
    await queryRunner.query(
      `CREATE VIEW "partnership_directory" AS SELECT id, slug, name, model, lead_organisation_id FROM partnerships`,
    );
    await queryRunner.query(`CREATE VIEW "partnership_organisations" AS
      SELECT partnership_id, organisation_id FROM partnership_members WHERE left_at IS NULL`);
    await queryRunner.query(`CREATE VIEW "community_directory" AS
      SELECT id, slug, name, type, visibility, description, tools, parent_id, partnership_id, search_vector FROM communities`);
    await queryRunner.query(`CREATE VIEW "people_directory" AS
      SELECT user_id, listed, facets, search_name, search_headline, search_body, search_vector FROM profiles`);
    await queryRunner.query(
      `CREATE VIEW "profile_contact_details" AS SELECT user_id, contact_email, contact_phone FROM profiles`,
    );
    await queryRunner.query(`CREATE VIEW "searchable_threads" AS
      SELECT id, community_id, kind, title, tags, created_at, last_post_at, deleted_at, search_vector FROM discussion_threads`);
    await queryRunner.query(`CREATE VIEW "searchable_posts" AS
      SELECT id, thread_id, number, author_id, raw, created_at, hidden_at, deleted_at, search_vector FROM discussion_posts`);
    await queryRunner.query(`CREATE VIEW "live_posts" AS
      SELECT p.id, p.thread_id, t.community_id
        FROM discussion_posts p JOIN discussion_threads t ON t.id = p.thread_id
       WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND t.deleted_at IS NULL`);
    // A single-SELECT SQL function: the planner inlines it into the calling query.
    await queryRunner.query(`CREATE FUNCTION community_access(viewer uuid, platform_admin boolean)
      RETURNS TABLE (community_id uuid, role text, direct boolean, visible boolean, readable boolean, tools text[])
      LANGUAGE sql STABLE AS $$
        SELECT c.id, mine.role, mine.direct,
               (c.visibility <> 'hidden' OR mine.role IS NOT NULL OR platform_admin),
               (mine.role IS NOT NULL OR platform_admin OR (c.visibility = 'open' AND viewer IS NOT NULL)),
               c.tools
          FROM communities c
          LEFT JOIN (SELECT m.community_id,
                            CASE WHEN bool_or(m.role = 'facilitator') THEN 'facilitator' ELSE 'member' END AS role,
                            bool_or(m.source = 'direct') AS direct
                       FROM community_memberships m WHERE m.user_id = viewer GROUP BY m.community_id) mine
            ON mine.community_id = c.id
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION community_access(uuid, boolean)`);
    const views = [
      'live_posts',
      'searchable_posts',
      'searchable_threads',
      'profile_contact_details',
      'people_directory',
      'community_directory',
      'partnership_organisations',
      'partnership_directory',
      'verified_affiliations',
      'organisation_directory',
    ];
    for (const view of views) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
  }
}
