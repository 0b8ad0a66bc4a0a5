import { PEOPLE_FACETS, type PeopleFacet } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import { PEOPLE_FACET_PREFIX, facetToken, parseFacetToken } from '../../profiles';
import type { PeopleSearchHits, PeopleSearchRequest } from '../search-engine';
import { HEADLINE_OPTIONS, headlineToHtml, withoutMarkers } from '../highlight';
import { correctQuery, normalise, queryWords } from './query-text';

/**
 * The people query's tsquery: each word must match, as itself (`simple`: names are not stemmed)
 * or stemmed (`english`: headline and body), as typed or as corrected. English stop words are
 * dropped. Built from tsquery text PostgreSQL itself produced, so no query syntax can leak in.
 */
export const PEOPLE_TSQUERY = `(SELECT string_agg('(' || (plainto_tsquery('english', o) || plainto_tsquery('simple', o) || plainto_tsquery('english', c) || plainto_tsquery('simple', c))::text || ')', ' & ')::tsquery
     FROM unnest($1::text[], $2::text[]) AS w(o, c) WHERE numnode(plainto_tsquery('english', c)) > 0)`;

/** Exact name first, then names by closeness, then text relevance; with nothing typed, by name. */
const ORDER = 'm.exact DESC, m.name_score DESC, m.text_score DESC, m.search_name, m.user_id';

interface Row {
  total: number;
  hits: { userId: string; headline: string | null }[];
  facets: Record<string, number>;
}

/**
 * One statement: the matches (listed profiles whose member-visible document matches the words,
 * or whose name is close to the whole query), the page in relevance order with snippets for that
 * page only, the total, and facet counts in which each facet ignores its own selection
 * (disjunctive faceting: choosing "physics" still shows how many teach chemistry).
 */
export async function searchPeople(manager: EntityManager, request: PeopleSearchRequest): Promise<PeopleSearchHits> {
  const { words, correctedText } = await correctQuery(manager, request.text, request, request.correct !== false);
  const originals = queryWords(request.text);
  const name = normalise(request.text);
  const params: unknown[] = [originals, words, name, request.offset, request.limit];
  // Every word typed must be close to a word of the name ("amara okoey" finds Amara Okoye, not every Amara).
  const nameMatch =
    originals.length === 0 ? 'false' : originals.map((_, i) => `$1[${i + 1}] <% p.search_name`).join(' AND ');
  const selected = PEOPLE_FACETS.filter((f) => (request.filters[f]?.length ?? 0) > 0);
  const filterParam = new Map<PeopleFacet, string>();
  for (const facet of selected) {
    params.push(request.filters[facet]!.map((value) => facetToken(facet, value)));
    filterParam.set(facet, `$${params.length}::text[]`);
  }
  const allFilters = selected.map((f) => `m.facets && ${filterParam.get(f)}`).join(' AND ') || 'true';
  // A token of facet F is counted over the matches that pass every *other* facet's filter.
  const otherFilters =
    selected
      .map((f) => `(split_part(tok, ':', 1) = '${PEOPLE_FACET_PREFIX[f]}' OR m.facets && ${filterParam.get(f)})`)
      .join(' AND ') || 'true';
  const [row]: Row[] = await manager.query(
    `WITH q AS MATERIALIZED (SELECT ${PEOPLE_TSQUERY} AS tsq),
     -- Names close to every typed word, straight from the trigram index (never a trigram per row).
     named AS MATERIALIZED (
       SELECT p.user_id, word_similarity($3, p.search_name) AS name_score
         FROM people_directory p WHERE ${nameMatch} AND p.listed),
     -- Candidates from the indexes only: the full-text GIN index and the names above (an OR
     -- across them in one WHERE would test every profile's vector instead).
     ids AS (
       ${request.text.trim() === '' ? 'SELECT p.user_id FROM people_directory p WHERE p.listed' : 'SELECT p.user_id FROM people_directory p WHERE p.listed AND p.search_vector @@ (SELECT tsq FROM q) UNION SELECT user_id FROM named'}),
     matched AS MATERIALIZED (
       SELECT p.user_id, p.facets, p.search_name,
              p.search_name = $3 AS exact,
              coalesce(n.name_score, 0) AS name_score,
              coalesce(ts_rank_cd(p.search_vector, (SELECT tsq FROM q)), 0) AS text_score
         FROM ids JOIN people_directory p ON p.user_id = ids.user_id LEFT JOIN named n ON n.user_id = p.user_id),
     page AS (
       SELECT m.user_id, m.exact, m.name_score, m.text_score, m.search_name
         FROM matched m WHERE ${allFilters}
        ORDER BY ${ORDER} OFFSET $4 LIMIT $5)
     SELECT
       (SELECT count(*)::int FROM matched m WHERE ${allFilters}) AS total,
       (SELECT coalesce(json_agg(json_build_object('userId', pg.user_id,
                 'headline', ts_headline('english', ${withoutMarkers(`pr.search_headline || ' · ' || pr.search_body`)}, (SELECT tsq FROM q), '${HEADLINE_OPTIONS}'))
               ORDER BY ${ORDER.replaceAll('m.', 'pg.')}), '[]'::json)
          FROM page pg JOIN people_directory pr ON pr.user_id = pg.user_id) AS hits,
       ${
         request.withFacets === false
           ? `'{}'::json`
           : `(SELECT coalesce(json_object_agg(f.tok, f.n), '{}'::json)
          FROM (SELECT tok, count(*)::int AS n FROM matched m, unnest(m.facets) AS tok WHERE ${otherFilters} GROUP BY tok) f)`
       } AS facets`,
    params,
  );
  const facets: PeopleSearchHits['facets'] = {};
  for (const [token, count] of Object.entries(row!.facets)) {
    const parsed = parseFacetToken(token);
    if (parsed) (facets[parsed.facet] ??= {})[parsed.value] = count;
  }
  return {
    hits: row!.hits.map((h) => ({ userId: h.userId, highlight: headlineToHtml(h.headline, true) })),
    total: row!.total,
    facets,
    correctedText,
  };
}
