import { headlineToHtml } from '../highlight';
import { MARK_END, MARK_START } from './index-settings';

/**
 * A filter value as a Meilisearch string literal (ids and taxonomy values are validated already; quoting keeps it
 * safe anyway).
 */
export function literal(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter part of a query: Meilisearch ANDs the strings of a list; no list when nothing filters. */
export function only(filter: string[]): { filter?: string[] } {
  return filter.length > 0 ? { filter } : {};
}

/** `attribute IN ["a", "b"]`: one value of the list matches. */
export function oneOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(literal).join(', ')}]`;
}

/** What every highlighted query asks for: private-use markers, never HTML, from the engine. */
export const HIGHLIGHT = {
  highlightPreTag: MARK_START,
  highlightPostTag: MARK_END,
  cropMarker: '…',
  cropLength: 24,
} as const;

/**
 * The first of these formatted attributes that has a match, as safe HTML: the engine's text is
 * escaped first, then only our own markers become `<mark>`. Null when nothing matched.
 */
export function highlightOf(
  formatted: Record<string, unknown> | undefined,
  attributes: readonly string[],
): string | null {
  for (const attribute of attributes) {
    const value = formatted?.[attribute];
    const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' ') : value;
    // The same conversion as PostgreSQL's snippets: escape everything, then markers become <mark>.
    if (typeof text === 'string' && text.includes(MARK_START)) return headlineToHtml(text, true);
  }
  return null;
}

/**
 * Offset and limit in the form that gives an exact total: Meilisearch counts exhaustively
 * (`totalHits`) only for `page`/`hitsPerPage`, and the services always ask for whole pages.
 */
export function window(
  offset: number,
  limit: number,
): { page: number; hitsPerPage: number } | { offset: number; limit: number } {
  return limit > 0 && offset % limit === 0 ? { page: offset / limit + 1, hitsPerPage: limit } : { offset, limit };
}

/** The total of a response in either pagination form. */
export function totalOf(response: { totalHits?: number; estimatedTotalHits?: number }): number {
  return response.totalHits ?? response.estimatedTotalHits ?? 0;
}
