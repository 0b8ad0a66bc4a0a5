import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AVAILABILITY,
  EXPERTISE,
  PHASES,
  PROFILE_FIELDS,
  ROLES,
  SEARCHABLE_VISIBILITIES,
  SUBJECTS,
  type ProfileField,
} from '@commonroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { PEOPLE_FACET_PREFIX } from './people-facets';

const BATCH_SIZE = 1000;

/** Labels of every taxonomy term the body carries, passed to SQL as one jsonb parameter. Roles bring their synonyms. */
const LABELS = JSON.stringify({
  phase: Object.fromEntries(PHASES.map((t) => [t.id, t.label])),
  subject: Object.fromEntries(SUBJECTS.map((t) => [t.id, t.label])),
  expertise: Object.fromEntries(EXPERTISE.map((t) => [t.id, t.label])),
  availability: Object.fromEntries(AVAILABILITY.map((t) => [t.id, t.label])),
  role: Object.fromEntries(ROLES.map((t) => [t.id, [t.label, ...t.synonyms].join(' ')])),
});

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * SQL that is true when the field's visibility in force (alias `q`) lets every signed-in member
 * see it: the stored choice when the field allows it, else the default — the same rule as
 * `effectiveVisibility`. Only constants from the contracts are inlined.
 */
function searchable(id: ProfileField): string {
  const field = PROFILE_FIELDS.find((f) => f.id === id)!;
  return `(CASE WHEN q.visibility ->> '${id}' IN (${quoted(field.allowed)}) THEN q.visibility ->> '${id}' ELSE '${field.default}' END) IN (${quoted(SEARCHABLE_VISIBILITIES)})`;
}

/** The labels of a text[] column's terms, space separated. */
const labels = (column: string, taxonomy: string) =>
  `(SELECT string_agg($2::jsonb -> '${taxonomy}' ->> t, ' ') FROM unnest(q.${column}) t)`;
/** Facet tokens of a text[] column's values. */
const tokens = (column: string, prefix: string, field: ProfileField) =>
  `SELECT '${prefix}:' || t FROM unnest(q.${column}) t WHERE ${searchable(field)}`;
const P = PEOPLE_FACET_PREFIX;

/**
 * Computes the search document of the profiles in `$1` in one statement. Only what every signed-in
 * member may see goes in: a field someone keeps to their communities or to themselves can
 * never be found, matched or counted.
 */
const REFRESH_SQL = `
UPDATE profiles p
   SET search_name = d.search_name, search_headline = d.search_headline, search_body = d.search_body, facets = d.facets, listed = d.listed
  FROM (
    SELECT q.user_id,
           lower(cr_unaccent(u.display_name)) AS search_name,
           CASE WHEN ${searchable('headline')} THEN coalesce(q.headline, '') ELSE '' END AS search_headline,
           concat_ws(' ',
             CASE WHEN ${searchable('bio')} THEN q.bio END,
             CASE WHEN ${searchable('phases')} THEN ${labels('phases', 'phase')} END,
             CASE WHEN ${searchable('subjects')} THEN ${labels('subjects', 'subject')} END,
             CASE WHEN ${searchable('expertise')} THEN concat_ws(' ', ${labels('expertise', 'expertise')}, array_to_string(q.free_tags, ' ')) END,
             CASE WHEN ${searchable('availability')} THEN ${labels('availability', 'availability')} END,
             CASE WHEN ${searchable('currentAffiliations')} THEN current_affiliations.text END
           ) AS search_body,
           ARRAY(
             SELECT DISTINCT token FROM (
               SELECT unnest(ARRAY['${P.organisationKind}:' || o.kind, '${P.organisation}:' || o.id, '${P.region}:' || o.region, '${P.localAuthority}:' || o.la_code, '${P.role}:' || a.role]) AS token
                 FROM verified_affiliations a JOIN organisation_directory o ON o.id = a.organisation_id
                WHERE a.user_id = q.user_id AND a.current AND ${searchable('currentAffiliations')}
               UNION ALL ${tokens('phases', P.phase, 'phases')}
               UNION ALL ${tokens('subjects', P.subject, 'subjects')}
               UNION ALL ${tokens('expertise', P.expertise, 'expertise')}
               UNION ALL ${tokens('availability', P.availability, 'availability')}
             ) all_tokens WHERE token IS NOT NULL ORDER BY token
           ) AS facets,
           (current_affiliations.text IS NOT NULL OR coalesce(q.headline, '') <> '' OR coalesce(q.bio, '') <> '' OR cardinality(q.expertise) > 0) AS listed
      FROM profiles q
      JOIN people u ON u.id = q.user_id
      LEFT JOIN LATERAL (
        SELECT string_agg(concat_ws(' ', o.name, a.title, $2::jsonb -> 'role' ->> a.role), ' ') AS text
          FROM verified_affiliations a JOIN organisation_directory o ON o.id = a.organisation_id
         WHERE a.user_id = q.user_id AND a.current
      ) current_affiliations ON true
     WHERE q.user_id = ANY($1::uuid[])
  ) d
 WHERE p.user_id = d.user_id`;

/**
 * Keeps each person's search document (`profiles.search_*`, `facets`, `listed`) in step with
 * their profile, name and affiliations. The people finder reads only these columns.
 */
@Injectable()
export class PeopleSearchDocuments {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Recomputes these people's documents in the caller's transaction: one set-based statement. */
  async refresh(manager: EntityManager, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(REFRESH_SQL, [userIds, LABELS]);
  }

  /** Recomputes every document, in batches of profiles (seeds, the bench, the reindex command). Returns how many. */
  async refreshAll(onProgress?: (done: number) => void): Promise<number> {
    let after = '00000000-0000-0000-0000-000000000000';
    let done = 0;
    for (;;) {
      const batch: { user_id: string }[] = await this.dataSource.query(
        'SELECT user_id FROM profiles WHERE user_id > $1 ORDER BY user_id LIMIT $2',
        [after, BATCH_SIZE],
      );
      if (batch.length === 0) return done;
      await this.refresh(
        this.dataSource.manager,
        batch.map((r) => r.user_id),
      );
      done += batch.length;
      after = batch[batch.length - 1]!.user_id;
      onProgress?.(done);
    }
  }
}
