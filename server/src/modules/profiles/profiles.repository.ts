import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Availability,
  Expertise,
  MentorStage,
  OrganisationKind,
  Phase,
  ProfileAffiliation,
  ProfileLink,
  Role,
  Subject,
  ViewerRelation,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ProfileEntity } from './profile.entity';

/** One person's stored profile with their name, as read for views and cards. */
export interface ProfileRow {
  userId: string;
  displayName: string;
  headline: string | null;
  photoKey: string | null;
  phases: Phase[];
  subjects: Subject[];
  expertise: Expertise[];
  freeTags: string[];
  mentorStage: MentorStage | null;
  bio: string | null;
  links: ProfileLink[];
  availability: Availability[];
  contactEmail: string | null;
  contactPhone: string | null;
  visibility: Record<string, unknown>;
  updatedAt: Date;
}

/** Affiliations of several people, split into current and past (verified ones only). */
export interface AffiliationsByPerson {
  current: Map<string, ProfileAffiliation[]>;
  past: Map<string, ProfileAffiliation[]>;
}

const PROFILE_COLUMNS = `u.id AS "userId", u.display_name AS "displayName", p.headline, p.photo_key AS "photoKey", p.phases, p.subjects, p.expertise,
  p.free_tags AS "freeTags", p.mentor_stage AS "mentorStage", p.bio, p.links, p.availability, p.contact_email AS "contactEmail",
  p.contact_phone AS "contactPhone", p.visibility, p.updated_at AS "updatedAt"`;

/** Profiles, and what a viewer's relation to their owners is. Every read takes many ids at once. */
@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rows(
    userIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ProfileRow>> {
    if (userIds.length === 0) return new Map();
    const rows: ProfileRow[] = await manager.query(
      `SELECT ${PROFILE_COLUMNS} FROM people u JOIN profiles p ON p.user_id = u.id WHERE u.id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.userId, r]));
  }

  /** Locks the row for an update in the caller's transaction. */
  findForUpdate(userId: string, manager: EntityManager): Promise<ProfileEntity | null> {
    return manager.getRepository(ProfileEntity).findOne({ where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  async save(profile: ProfileEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(ProfileEntity).save(profile);
  }

  async setPhotoKey(userId: string, photoKey: string | null, manager: EntityManager): Promise<string | null> {
    const [previous]: { photo_key: string | null }[] = await manager.query(
      'SELECT photo_key FROM profiles WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    await manager.getRepository(ProfileEntity).update({ userId }, { photoKey });
    return previous?.photo_key ?? null;
  }

  async isPhotoInUse(photoKey: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM profiles WHERE photo_key = $1 LIMIT 1', [
      photoKey,
    ]);
    return rows.length > 0;
  }

  /**
   * How the viewer stands towards each person: themselves, someone who shares at least one
   * community with them (direct or through a partnership space's affiliations), any signed-in
   * member, or the public. Platform roles give no extra standing.
   */
  async relations(viewerId: string | undefined, userIds: readonly string[]): Promise<Map<string, ViewerRelation>> {
    const result = new Map<string, ViewerRelation>(userIds.map((id) => [id, viewerId ? 'member' : 'public']));
    if (!viewerId || userIds.length === 0) return result;
    const shared: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT theirs.user_id FROM community_memberships mine
         JOIN community_memberships theirs ON theirs.community_id = mine.community_id
        WHERE mine.user_id = $1 AND theirs.user_id = ANY($2::uuid[])`,
      [viewerId, userIds],
    );
    for (const { user_id } of shared) result.set(user_id, 'community');
    if (result.has(viewerId)) result.set(viewerId, 'self');
    return result;
  }

  /** Verified affiliations with their organisations; past ones only when asked for. */
  async affiliations(userIds: readonly string[], options: { past: boolean }): Promise<AffiliationsByPerson> {
    const result: AffiliationsByPerson = { current: new Map(), past: new Map() };
    if (userIds.length === 0) return result;
    const rows: (ProfileAffiliationRow & { userId: string; current: boolean })[] = await this.dataSource.query(
      `SELECT a.user_id AS "userId", a.current, a.role, a.title, to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn",
              to_char(a.ends_on, 'YYYY-MM-DD') AS "endsOn", o.id AS "organisationId", o.slug, o.name, o.kind
         FROM verified_affiliations a JOIN organisation_directory o ON o.id = a.organisation_id
        WHERE a.user_id = ANY($1::uuid[])
          AND (a.current OR ($2 AND a.ends_on IS NOT NULL AND a.ends_on <= current_date))
        ORDER BY a.starts_on DESC, o.name`,
      [userIds, options.past],
    );
    for (const row of rows) {
      const target = row.current ? result.current : result.past;
      const list = target.get(row.userId) ?? [];
      list.push({
        organisation: { id: row.organisationId, slug: row.slug, name: row.name, kind: row.kind },
        role: row.role,
        title: row.title,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
      });
      target.set(row.userId, list);
    }
    return result;
  }
}

interface ProfileAffiliationRow {
  role: Role;
  title: string | null;
  startsOn: string;
  endsOn: string | null;
  organisationId: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
}
