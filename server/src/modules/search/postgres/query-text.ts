import type { EntityManager } from 'typeorm';
import type { SearchScope } from '../search-engine';

/** Words longer than this, or more words than this, are not looked up (a pasted paragraph is not a query). */
const MAX_WORDS = 8;
/** A correction must be at least this similar (pg_trgm `similarity`, 0–1) to the word typed… */
export const CORRECTION_SIMILARITY = 0.4;
/**
 * …or, down to this similarity, one letter away (added, dropped, changed or two swapped): a swap
 * in a short word breaks four trigrams ("phsyics" is only 0.33 similar to "physics").
 */
export const CANDIDATE_SIMILARITY = 0.3;
/** How many readable candidates per word are weighed. */
const CANDIDATES = 3;

/** Lower-cased and unaccented, as the lexicon and `search_name` store words. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The searchable words of a query, normalised: letters and digits only, so they are safe in any query syntax. */
export function queryWords(text: string): string[] {
  return (normalise(text).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

export interface CorrectedQuery {
  /** The words as typed (normalised). */
  typed: string[];
  /** The words searched for, corrections applied. */
  words: string[];
  /** The query as typed with misspelt words replaced, or null when nothing was corrected. */
  correctedText: string | null;
}

/**
 * The community ids of parameter `$n`, as a value the planner does not look into: estimating
 * `= ANY` over a constant array costs planning time per id (hundreds for an administrator), and
 * the index probe is the same either way.
 */
const ids = (n: number) => `(SELECT $${n}::uuid[])::uuid[]`;

/**
 * SQL that is true when some text the searcher may read holds the word `word` (an SQL
 * expression): a source readable by every member, or a community in `$2` (those the searcher may
 * see) or `$3` (those whose forum they may read). Each EXISTS is one probe of
 * `ix_search_lexicon_sources_word_scope`; `OFFSET 0` keeps the planner from turning it into a
 * hashed subplan, which would read every source of that scope (about 200 ms at 300,000 sources)
 * to check a handful of candidate words.
 */
const readable = (word: string) => `(
  EXISTS (SELECT 1 FROM search_lexicon_sources s WHERE s.word = ${word} AND s.scope = 'members' OFFSET 0)
  OR EXISTS (SELECT 1 FROM search_lexicon_sources s
              WHERE s.word = ${word} AND s.scope = 'community' AND s.community_id = ANY(${ids(2)}) OFFSET 0)
  OR EXISTS (SELECT 1 FROM search_lexicon_sources s
              WHERE s.word = ${word} AND s.scope = 'forum' AND s.community_id = ANY(${ids(3)}) OFFSET 0))`;

/**
 * Each query word, and the lexicon word it is corrected to (or null). A word is corrected only
 * when no text the searcher may read holds it (a word found only in a hidden community is as
 * unknown as a word found nowhere), and only to the most similar word that some text they may
 * read holds. The trigram GIN index on the lexicon answers `%` (the caller's transaction sets
 * `pg_trgm.similarity_threshold`); candidates are tried most similar first, so the scope is
 * checked only until one is readable.
 */
const CORRECTIONS_SQL = `
  SELECT w.word, c.candidates
    FROM unnest($1::text[]) AS w(word)
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('word', y.word, 'similarity', y.similarity)) AS candidates FROM (
        SELECT x.word, x.similarity FROM (
          SELECT l.word, similarity(l.word, w.word) AS similarity FROM search_lexicon l
           WHERE NOT ${readable('w.word')} AND l.word % w.word
           ORDER BY similarity(l.word, w.word) DESC, l.word OFFSET 0) x
         WHERE ${readable('x.word')}
         LIMIT ${CANDIDATES}) y) c ON true`;

/** True when `a` becomes `b` by one letter added, dropped or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i];
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return (swapped && rest(2, 2)) || rest(1, 1) || rest(1, 0) || rest(0, 1);
}

/** The first candidate (most similar first) that is similar enough, or one letter away. */
function bestCandidate(word: string, candidates: { word: string; similarity: number }[] | null): string | null {
  const fit = candidates?.find((c) => c.similarity >= CORRECTION_SIMILARITY || oneEditApart(word, c.word));
  return fit?.word ?? null;
}

/**
 * Corrects words that no text the searcher may read holds to their nearest such word by trigram
 * similarity, all words in one statement. "Did you mean" therefore never names, or confirms, a
 * word the searcher could not have read (a hidden community's thread title, a biography kept to
 * its owner). Short words and numbers are left alone: trigrams say little about them.
 */
export async function correctQuery(
  manager: EntityManager,
  text: string,
  scope: SearchScope,
  correct = true,
): Promise<CorrectedQuery> {
  const words = queryWords(text);
  const candidates = correct ? words.filter((w) => w.length >= 4 && !/^\d/.test(w)) : [];
  if (candidates.length === 0) return { typed: words, words, correctedText: null };
  const rows: { word: string; candidates: { word: string; similarity: number }[] | null }[] = await manager.query(
    CORRECTIONS_SQL,
    [candidates, scope.visibleCommunityIds, scope.readableCommunityIds.forum],
  );
  const corrections = new Map(
    rows.flatMap((r) => {
      const best = bestCandidate(r.word, r.candidates);
      return best ? [[r.word, best] as const] : [];
    }),
  );
  if (corrections.size === 0) return { typed: words, words, correctedText: null };
  const correctedText = normalise(text).replace(/[\p{L}\p{N}]+/gu, (w) => corrections.get(w) ?? w);
  return { typed: words, words: words.map((w) => corrections.get(w) ?? w), correctedText };
}

/**
 * Sets the trigram thresholds for this transaction: `%` (lexicon corrections) and `<%` (names,
 * where a transposed letter in a short surname still has to match).
 */
export async function setTrigramThresholds(manager: EntityManager): Promise<void> {
  // No parallel workers: they shorten one query on an idle machine but cost throughput under load.
  await manager.query(
    `SELECT set_config('pg_trgm.similarity_threshold', $1, true), set_config('pg_trgm.word_similarity_threshold', $2, true), set_config('max_parallel_workers_per_gather', '0', true)`,
    [String(CANDIDATE_SIMILARITY), String(NAME_WORD_SIMILARITY)],
  );
}

/** How similar (pg_trgm `word_similarity`) a query must be to part of a name to find that person. */
export const NAME_WORD_SIMILARITY = 0.4;

/**
 * The one rule for matching thread titles and tags, shared by suggestions and the results page so
 * they agree: every word as a prefix ("phon" finds "Phonics"), stemmed for the title and as typed
 * for tags (tags are indexed unstemmed: "physics" is a tag, "physic" its stem). `words` come from
 * `queryWords`, so they hold letters and digits only. Returns tsquery text for `titleTsquery`.
 */
export function titlePrefixQuery({ typed, words }: CorrectedQuery): string {
  const prefixes = (list: string[]) => list.map((w) => `${w}:*`).join(' & ');
  // A word still being typed is not misspelt: the words as typed always count, or-ed with the corrected ones.
  const same = typed.length === words.length && typed.every((w, i) => w === words[i]);
  return same || typed.length === 0 ? prefixes(typed) : `(${prefixes(typed)}) | (${prefixes(words)})`;
}

/** SQL for the tsquery of parameter `param` (from `titlePrefixQuery`); matches nothing when it is empty. */
export function titleTsquery(param: string): string {
  return `(CASE WHEN ${param}::text = '' THEN ''::tsquery ELSE to_tsquery('english', ${param}::text) || to_tsquery('simple', ${param}::text) END)`;
}
