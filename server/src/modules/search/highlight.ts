/**
 * Highlighted snippets without trusting text as HTML. PostgreSQL's `ts_headline` marks matches
 * with two private-use characters (which no one types, and which are stripped from the source
 * text first); we then HTML-escape everything and only afterwards turn the markers into `<mark>`.
 * A post containing `<script>` therefore comes back as `&lt;script&gt;`.
 */
const START = '\uE000';
const STOP = '\uE001';

/** `ts_headline` options: markers instead of tags, a couple of short fragments. */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;

/** SQL that removes the markers from a text column before `ts_headline` sees it. */
export function withoutMarkers(sqlExpression: string): string {
  return `translate(${sqlExpression}, chr(57344) || chr(57345), '')`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * A `ts_headline` result as safe HTML with `<mark>` around the matches. With `onlyIfMarked`,
 * a snippet without any match (the hit matched on something else, such as the name) is null.
 */
export function headlineToHtml(headline: string | null, onlyIfMarked = false): string | null {
  if (headline === null || headline.trim() === '') return null;
  if (onlyIfMarked && !headline.includes(START)) return null;
  return escapeHtml(headline.trim()).replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}

/** True when a highlight from any engine holds no markup other than `<mark>` and `</mark>`. */
export function isSafeHighlight(html: string): boolean {
  return !/<(?!\/?mark>)/.test(html);
}
