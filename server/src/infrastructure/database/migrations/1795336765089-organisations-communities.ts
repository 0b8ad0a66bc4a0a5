import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrganisationsCommunities1795336765089 implements MigrationInterface {
  name = 'OrganisationsCommunities1795336765089';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partnerships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "model" character varying(40) NOT NULL, "description" text, "lead_organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_partnerships_slug" UNIQUE ("slug"), CONSTRAINT "pk_partnerships" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partnerships_lead_organisation_id" ON "partnerships"  ("lead_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partnership_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "left_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_partnership_members" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_partnership_members_organisation_id" ON "partnership_members"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "communities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "type" character varying(40) NOT NULL, "visibility" character varying(16) NOT NULL, "description" text, "welcome_message" text, "tools" text array NOT NULL DEFAULT '{}', "parent_id" uuid, "partnership_id" uuid, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_communities_partnership_id" UNIQUE ("partnership_id"), CONSTRAINT "uq_communities_slug" UNIQUE ("slug"), CONSTRAINT "ck_communities_tools" CHECK (tools <@ ARRAY['forum', 'wiki', 'incidents', 'blog', 'library', 'events', 'members']::text[]), CONSTRAINT "ck_communities_visibility" CHECK (visibility IN ('open', 'request', 'invite_only', 'hidden')), CONSTRAINT "pk_communities" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_communities_parent_id" ON "communities"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "community_members" ("community_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_community_members_role" CHECK (role IN ('facilitator', 'member')), CONSTRAINT "pk_community_members" PRIMARY KEY ("community_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_community_members_user_id" ON "community_members"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "community_join_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "user_id" uuid NOT NULL, "message" text, "status" character varying(16) NOT NULL DEFAULT 'pending', "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_community_join_requests_status" CHECK (status IN ('pending', 'approved', 'declined', 'withdrawn')), CONSTRAINT "pk_community_join_requests" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_community_join_requests_community_id_status" ON "community_join_requests"  ("community_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "community_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "community_id" uuid NOT NULL, "email" text NOT NULL, "role" character varying(16) NOT NULL, "token_hash" text NOT NULL, "invited_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_community_invitations_role" CHECK (role IN ('facilitator', 'member')), CONSTRAINT "pk_community_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ix_community_invitations_token_hash" ON "community_invitations"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_community_invitations_community_id" ON "community_invitations"  ("community_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "affiliations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" character varying(40) NOT NULL, "title" text, "starts_on" date NOT NULL, "ends_on" date, "status" character varying(16) NOT NULL DEFAULT 'pending', "verification_method" character varying(24), "decided_by_user_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_affiliations_dates" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "ck_affiliations_status" CHECK (status IN ('pending', 'verified', 'rejected')), CONSTRAINT "pk_affiliations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_affiliations_organisation_id_status" ON "affiliations"  ("organisation_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_affiliations_user_id" ON "affiliations"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "partnership_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partnership_id" uuid NOT NULL, "title" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_partnership_agreements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_versions" ("agreement_id" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "change_note" text, "published_by_user_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_agreement_versions" PRIMARY KEY ("agreement_id", "version"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_acceptances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "version" integer NOT NULL, "organisation_id" uuid NOT NULL, "agreed_by_user_id" uuid NOT NULL, "agreed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_acceptances_version_organisation" UNIQUE ("agreement_id", "version", "organisation_id"), CONSTRAINT "pk_agreement_acceptances" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ADD "postcode" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "establishment_type" text`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "closed_on" date`);
    await queryRunner.query(`ALTER TABLE "organisations" ADD "email_domains" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "partnerships" ADD CONSTRAINT "fk_partnerships_lead_organisation_id" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_members" ADD CONSTRAINT "fk_partnership_members_partnership_id" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_members" ADD CONSTRAINT "fk_partnership_members_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "communities" ADD CONSTRAINT "fk_communities_parent_id" FOREIGN KEY ("parent_id") REFERENCES "communities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "communities" ADD CONSTRAINT "fk_communities_partnership_id" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_members" ADD CONSTRAINT "fk_community_members_community_id" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_members" ADD CONSTRAINT "fk_community_members_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_join_requests" ADD CONSTRAINT "fk_community_join_requests_community_id" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_join_requests" ADD CONSTRAINT "fk_community_join_requests_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_invitations" ADD CONSTRAINT "fk_community_invitations_community_id" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_invitations" ADD CONSTRAINT "fk_community_invitations_invited_by_user_id" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "affiliations" ADD CONSTRAINT "fk_affiliations_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "affiliations" ADD CONSTRAINT "fk_affiliations_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_agreements" ADD CONSTRAINT "fk_partnership_agreements_partnership_id" FOREIGN KEY ("partnership_id") REFERENCES "partnerships"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_versions" ADD CONSTRAINT "fk_agreement_versions_agreement_id" FOREIGN KEY ("agreement_id") REFERENCES "partnership_agreements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_versions" ADD CONSTRAINT "fk_agreement_versions_published_by_user_id" FOREIGN KEY ("published_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "fk_agreement_acceptances_version" FOREIGN KEY ("agreement_id", "version") REFERENCES "agreement_versions"("agreement_id","version") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "fk_agreement_acceptances_organisation_id" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "fk_agreement_acceptances_agreed_by_user_id" FOREIGN KEY ("agreed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Written by hand: what TypeORM cannot express.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_partnership_members_current" ON "partnership_members" ("partnership_id", "organisation_id") WHERE "left_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_community_join_requests_pending" ON "community_join_requests" ("community_id", "user_id") WHERE "status" = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_communities_name_trgm" ON "communities" USING gin ("name" gin_trgm_ops)`);
    // Everyone who belongs to a community: direct members, plus (for a partnership space) everyone
    // with a current verified affiliation to a current partner organisation. Administrators of the
    // lead organisation facilitate. Evaluated at query time, so ending an affiliation ends access at once.
    await queryRunner.query(`CREATE VIEW "community_memberships" AS
      SELECT m.community_id, m.user_id, m.role::text AS role, 'direct'::text AS source, m.joined_at
        FROM community_members m
      UNION ALL
      SELECT c.id, a.user_id,
             CASE WHEN a.role = 'organisation_admin' AND pm.organisation_id = p.lead_organisation_id THEN 'facilitator' ELSE 'member' END,
             'affiliation', NULL::timestamptz
        FROM communities c
        JOIN partnerships p ON p.id = c.partnership_id
        JOIN partnership_members pm ON pm.partnership_id = p.id AND pm.left_at IS NULL
        JOIN affiliations a ON a.organisation_id = pm.organisation_id
       WHERE a.status = 'verified' AND a.starts_on <= current_date AND (a.ends_on IS NULL OR a.ends_on > current_date)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "community_memberships"`);
    await queryRunner.query(`DROP INDEX "ix_communities_name_trgm"`);
    await queryRunner.query(`DROP INDEX "uq_community_join_requests_pending"`);
    await queryRunner.query(`DROP INDEX "uq_partnership_members_current"`);
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptances" DROP CONSTRAINT "fk_agreement_acceptances_agreed_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptances" DROP CONSTRAINT "fk_agreement_acceptances_organisation_id"`,
    );
    await queryRunner.query(`ALTER TABLE "agreement_acceptances" DROP CONSTRAINT "fk_agreement_acceptances_version"`);
    await queryRunner.query(
      `ALTER TABLE "agreement_versions" DROP CONSTRAINT "fk_agreement_versions_published_by_user_id"`,
    );
    await queryRunner.query(`ALTER TABLE "agreement_versions" DROP CONSTRAINT "fk_agreement_versions_agreement_id"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_agreements" DROP CONSTRAINT "fk_partnership_agreements_partnership_id"`,
    );
    await queryRunner.query(`ALTER TABLE "affiliations" DROP CONSTRAINT "fk_affiliations_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "affiliations" DROP CONSTRAINT "fk_affiliations_user_id"`);
    await queryRunner.query(
      `ALTER TABLE "community_invitations" DROP CONSTRAINT "fk_community_invitations_invited_by_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_invitations" DROP CONSTRAINT "fk_community_invitations_community_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_join_requests" DROP CONSTRAINT "fk_community_join_requests_user_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_join_requests" DROP CONSTRAINT "fk_community_join_requests_community_id"`,
    );
    await queryRunner.query(`ALTER TABLE "community_members" DROP CONSTRAINT "fk_community_members_user_id"`);
    await queryRunner.query(`ALTER TABLE "community_members" DROP CONSTRAINT "fk_community_members_community_id"`);
    await queryRunner.query(`ALTER TABLE "communities" DROP CONSTRAINT "fk_communities_partnership_id"`);
    await queryRunner.query(`ALTER TABLE "communities" DROP CONSTRAINT "fk_communities_parent_id"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_members" DROP CONSTRAINT "fk_partnership_members_organisation_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_members" DROP CONSTRAINT "fk_partnership_members_partnership_id"`,
    );
    await queryRunner.query(`ALTER TABLE "partnerships" DROP CONSTRAINT "fk_partnerships_lead_organisation_id"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "email_domains"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "closed_on"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "establishment_type"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "postcode"`);
    await queryRunner.query(`DROP TABLE "agreement_acceptances"`);
    await queryRunner.query(`DROP TABLE "agreement_versions"`);
    await queryRunner.query(`DROP TABLE "partnership_agreements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_affiliations_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_affiliations_organisation_id_status"`);
    await queryRunner.query(`DROP TABLE "affiliations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_community_invitations_community_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_community_invitations_token_hash"`);
    await queryRunner.query(`DROP TABLE "community_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_community_join_requests_community_id_status"`);
    await queryRunner.query(`DROP TABLE "community_join_requests"`);
    await queryRunner.query(`DROP INDEX "public"."ix_community_members_user_id"`);
    await queryRunner.query(`DROP TABLE "community_members"`);
    await queryRunner.query(`DROP INDEX "public"."ix_communities_parent_id"`);
    await queryRunner.query(`DROP TABLE "communities"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partnership_members_organisation_id"`);
    await queryRunner.query(`DROP TABLE "partnership_members"`);
    await queryRunner.query(`DROP INDEX "public"."ix_partnerships_lead_organisation_id"`);
    await queryRunner.query(`DROP TABLE "partnerships"`);
  }
}
