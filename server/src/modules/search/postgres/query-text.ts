import type { EntityManager } from 'typeorm';

/** Words longer than this, or more words than this, are not looked up (a pasted paragraph is not a query). */
const MAX_WORDS = 8;
/** A correction must be at least this similar (pg_trgm `similarity`, 0–1) to the word typed. */
export const CORRECTION_SIMILARITY = 0.4;

/** Lower-cased and unaccented, as the lexicon and `search_name` store words. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The searchable words of a query, normalised: letters and digits only, so they are safe in any query syntax. */
export function queryWords(text: string): string[] {
  return (normalise(text).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

export interface CorrectedQuery {
  /** The words searched for, corrections applied. */
  words: string[];
  /** The query as typed with misspelt words replaced, or null when nothing was corrected. */
  correctedText: string | null;
}

/**
 * Corrects words that occur nowhere in the searchable text (`search_lexicon`) to their nearest
 * lexicon word by trigram similarity, all words in one query. The trigram GIN index on the
 * lexicon answers `%` (the caller's transaction sets `pg_trgm.similarity_threshold`). Short words
 * and numbers are left alone: trigrams say little about them.
 */
export async function correctQuery(manager: EntityManager, text: string): Promise<CorrectedQuery> {
  const words = queryWords(text);
  const candidates = words.filter((w) => w.length >= 4 && !/^\d/.test(w));
  if (candidates.length === 0) return { words, correctedText: null };
  const rows: { word: string; correction: string | null }[] = await manager.query(
    `SELECT w.word, c.word AS correction
       FROM unnest($1::text[]) AS w(word)
       LEFT JOIN LATERAL (
         SELECT l.word FROM search_lexicon l
          WHERE NOT EXISTS (SELECT 1 FROM search_lexicon e WHERE e.word = w.word)
            AND l.word % w.word
          ORDER BY similarity(l.word, w.word) DESC, l.word LIMIT 1) c ON true`,
    [candidates],
  );
  const corrections = new Map(rows.filter((r) => r.correction !== null).map((r) => [r.word, r.correction!]));
  if (corrections.size === 0) return { words, correctedText: null };
  const correctedText = normalise(text).replace(/[\p{L}\p{N}]+/gu, (w) => corrections.get(w) ?? w);
  return { words: words.map((w) => corrections.get(w) ?? w), correctedText };
}

/**
 * Sets the trigram thresholds for this transaction: `%` (lexicon corrections) and `<%` (names,
 * where a transposed letter in a short surname still has to match).
 */
export async function setTrigramThresholds(manager: EntityManager): Promise<void> {
  // No parallel workers: they shorten one query on an idle machine but cost throughput under load.
  await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true), set_config('pg_trgm.word_similarity_threshold', $2, true), set_config('max_parallel_workers_per_gather', '0', true)`, [
    String(CORRECTION_SIMILARITY),
    String(NAME_WORD_SIMILARITY),
  ]);
}

/** How similar (pg_trgm `word_similarity`) a query must be to part of a name to find that person. */
export const NAME_WORD_SIMILARITY = 0.4;
