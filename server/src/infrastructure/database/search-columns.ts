import type { ColumnOptions } from 'typeorm';

/**
 * A stored, generated `tsvector` column (PostgreSQL computes it on every write, so the index can
 * never drift from the text). `cr_unaccent` is an immutable wrapper over `unaccent`, created in
 * the search migration, so "Zoë" and "Zoe" match. Never selected: it is for WHERE and ranking only.
 */
export function searchVectorColumn(expression: string): ColumnOptions {
  return {
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: expression,
    select: false,
    insert: false,
    update: false,
  };
}

/** `to_tsvector` of text with accents folded, weighted A (most important) to D. */
export function weighted(config: 'english' | 'simple', column: string, weight: 'A' | 'B' | 'C' | 'D'): string {
  return `setweight(to_tsvector('${config}'::regconfig, cr_unaccent(coalesce(${column}, ''))), '${weight}')`;
}
