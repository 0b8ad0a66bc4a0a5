import type { EntityManager } from 'typeorm';
import { slugify, uniqueSlug } from '../text/slug';
import { escapeLike } from './escape-like';

type SlugTable = 'communities' | 'partnerships' | 'forum_categories';

/**
 * A slug for `name` that no row of `table` uses yet: "maths-mentors", else "maths-mentors-2" …
 * `within` narrows uniqueness to rows sharing one column value (a forum's categories are unique
 * per community). Table and column names come from code, never from input.
 */
export async function freeSlug(
  manager: EntityManager,
  table: SlugTable,
  name: string,
  within?: { column: 'community_id'; value: string },
): Promise<string> {
  const scope = within ? ` AND ${within.column} = $2` : '';
  const params = within ? [`${escapeLike(slugify(name))}%`, within.value] : [`${escapeLike(slugify(name))}%`];
  const rows: { slug: string }[] = await manager.query(`SELECT slug FROM ${table} WHERE slug LIKE $1${scope}`, params);
  return uniqueSlug(name, new Set(rows.map((r) => r.slug)));
}
