import type { EntityManager } from 'typeorm';
import { slugify, uniqueSlug } from '../text/slug';
import { escapeLike } from './escape-like';

/** A slug for `name` that no row of `table` uses yet: "maths-mentors", else "maths-mentors-2" … */
export async function freeSlug(manager: EntityManager, table: 'communities' | 'partnerships', name: string): Promise<string> {
  const rows: { slug: string }[] = await manager.query(`SELECT slug FROM ${table} WHERE slug LIKE $1`, [`${escapeLike(slugify(name))}%`]);
  return uniqueSlug(name, new Set(rows.map((r) => r.slug)));
}
