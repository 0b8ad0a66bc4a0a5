import type { EntityManager } from 'typeorm';
import { escapeLike } from '../../../infrastructure/database/escape-like';
import type { SuggestHits, SuggestRequest } from '../search-engine';
import { correctQuery, normalise, titlePrefixQuery, titleTsquery } from './query-text';

/**
 * Names (people, organisations, communities) as the searcher types: a name containing the text,
 * or close to it by trigram word similarity, those starting with it first. Thread titles by word
 * prefix ("phon" finds "Phonics screening"), newest activity first, in readable communities only.
 * One statement; every branch is answered by a trigram or full-text GIN index.
 */
export async function suggest(manager: EntityManager, request: SuggestRequest): Promise<SuggestHits> {
  const text = normalise(request.text);
  // Thread titles are matched as the results page matches them, misspelt words corrected alike.
  const corrected = await correctQuery(manager, request.text, request);
  const [row]: SuggestHits[] = await manager.query(
    `SELECT
       (SELECT coalesce(json_agg(x.user_id), '[]'::json) FROM (
          SELECT p.user_id FROM people_directory p
           WHERE p.listed AND (p.search_name LIKE $2 OR $1 <% p.search_name)
           ORDER BY p.search_name LIKE $3 DESC, word_similarity($1, p.search_name) DESC, p.search_name LIMIT $6) x) AS people,
       (SELECT coalesce(json_agg(x.id), '[]'::json) FROM (
          SELECT o.id FROM organisation_directory o
           WHERE o.closed_on IS NULL AND (o.name ILIKE $2 OR $1 <% o.name)
           ORDER BY o.name ILIKE $3 DESC, word_similarity($1, o.name) DESC, length(o.name), o.name LIMIT $6) x) AS organisations,
       (SELECT coalesce(json_agg(x.id), '[]'::json) FROM (
          SELECT c.id FROM community_directory c
           WHERE c.id = ANY($5::uuid[]) AND (c.name ILIKE $2 OR $1 <% c.name)
           ORDER BY c.name ILIKE $3 DESC, word_similarity($1, c.name) DESC, c.name LIMIT $6) x) AS communities,
       (SELECT coalesce(json_agg(x.id), '[]'::json) FROM (
          SELECT t.id FROM searchable_threads t
           WHERE $7 <> '' AND t.search_vector @@ ${titleTsquery('$7')} AND t.deleted_at IS NULL AND t.kind = 'forum' AND t.community_id = ANY($4::uuid[])
           ORDER BY t.last_post_at DESC LIMIT $6) x) AS threads`,
    [
      text,
      `%${escapeLike(text)}%`,
      `${escapeLike(text)}%`,
      request.readableCommunityIds.forum,
      request.visibleCommunityIds,
      request.limitPerKind,
      titlePrefixQuery(corrected),
    ],
  );
  return row!;
}
