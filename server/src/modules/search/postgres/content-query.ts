import { SEARCH_DATE_RANGES, type SearchType } from '@commonroom/contracts';
import type { EntityManager } from 'typeorm';
import type { ContentHit, ContentSearchHits, ContentSearchRequest } from '../search-engine';
import { HEADLINE_OPTIONS, headlineToHtml, withoutMarkers } from '../highlight';
import { correctQuery, titlePrefixQuery, titleTsquery } from './query-text';

/**
 * How many of the newest matching posts are ranked and counted. A common word matches hundreds
 * of thousands of posts; ranking them all is what makes forum search slow elsewhere (and walking
 * even the newest 1,000 of them cost 30–80 ms at a million posts: bench/results/search-http.json).
 * Past the cap the total is reported as "at least" (`totalIsLowerBound`).
 */
export const POST_CANDIDATE_CAP = 200;
/** Organisations are counted up to this many (a word like "school" matches most of the register)… */
export const ORGANISATION_COUNT_CAP = 1000;
/** …and at most this many of them are ranked. */
export const ORGANISATION_CANDIDATE_CAP = 200;

/**
 * The query as typed, or-ed with the corrected query when words were corrected (words that occur
 * only in posts are not in the lexicon, so the original must still match). Written out where it
 * filters rather than read from a CTE, so the planner sees a constant and can tell a common word
 * (walk the newest posts) from a rare one (ask the GIN index).
 */
const TSQUERY = `(CASE WHEN $2::text IS NULL THEN websearch_to_tsquery('english', cr_unaccent($1))
  ELSE websearch_to_tsquery('english', cr_unaccent($1)) || websearch_to_tsquery('english', cr_unaccent($2)) END)`;

type ContentType = Exclude<SearchType, 'person'>;
const CONTENT_TYPES: ContentType[] = ['organisation', 'community', 'forum_post'];

interface Row {
  hits: { type: ContentType; id: string; headline: string | null }[];
  counts: Record<ContentType, number>;
  communities: Record<string, number>;
  dates: Record<string, number>;
}

/**
 * The access and filter rules for posts, as SQL over `p` (post) and `t` (thread), split so the
 * thread-title branch can pick its threads before it touches a post.
 */
function visiblePostConditions(request: ContentSearchRequest, params: unknown[]): { post: string; thread: string } {
  params.push(request.readableCommunityIds.forum);
  const post = ['p.hidden_at IS NULL', 'p.deleted_at IS NULL'];
  const thread = ['t.deleted_at IS NULL', `t.kind = 'forum'`, `t.community_id = ANY($${params.length}::uuid[])`];
  if (request.communityId) {
    params.push(request.communityId);
    thread.push(`t.community_id = $${params.length}::uuid`);
  }
  const range = SEARCH_DATE_RANGES.find((d) => d.id === request.date);
  if (range) {
    post.push(`p.created_at >= now() - interval '${range.days} days'`);
    thread.push(`t.created_at >= now() - interval '${range.days} days'`);
  }
  return { post: post.join(' AND '), thread: thread.join(' AND ') };
}

/**
 * Forum posts, organisations and communities in one statement. A post matches when its text
 * matches, or (for the opening post) when its thread's title or tags do. Only the newest
 * `POST_CANDIDATE_CAP` matching posts are ranked and counted; each side of that union is an
 * ORDER BY created_at … LIMIT that PostgreSQL can answer from an index in either direction
 * (newest-first for common words, the GIN index for rare ones). Snippets are computed for the
 * returned page only.
 */
export async function searchContent(manager: EntityManager, request: ContentSearchRequest): Promise<ContentSearchHits> {
  const corrected = await correctQuery(manager, request.text, request, request.correct !== false);
  const correctedText = corrected.correctedText;
  const params: unknown[] = [request.text, correctedText, titlePrefixQuery(corrected)];
  const postWhere = visiblePostConditions(request, params);
  // Narrowing to a community or a date leaves only dated community content: posts.
  const entities = !request.communityId && !request.date;
  params.push(request.visibleCommunityIds);
  const visibleCommunities = `$${params.length}::uuid[]`;
  params.push(request.types ?? CONTENT_TYPES, request.offset, request.limit);
  const [types, offset, limit] = [params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
  const dateCounts = SEARCH_DATE_RANGES.map(
    (d) => `'${d.id}', count(*) FILTER (WHERE created_at >= now() - interval '${d.days} days')`,
  ).join(', ');

  const [row]: Row[] = await manager.query(
    `WITH q AS MATERIALIZED (SELECT ${TSQUERY} AS tsq),
     posts AS MATERIALIZED (
       SELECT id, created_at, community_id FROM (
         (SELECT p.id, p.created_at, t.community_id FROM searchable_posts p JOIN searchable_threads t ON t.id = p.thread_id
           WHERE p.search_vector @@ ${TSQUERY} AND ${postWhere.post} AND ${postWhere.thread}
           ORDER BY p.created_at DESC LIMIT ${POST_CANDIDATE_CAP + 1})
         UNION
         -- Threads by title or tag (also by the suggestions' rule, so every thread suggested is found): the newest matching threads first (a thread starts with its
         -- opening post), and only then their opening posts, so a common word does not fetch
         -- thousands of posts just to sort them.
         (SELECT p.id, p.created_at, t.community_id
            FROM (SELECT t.id, t.community_id FROM searchable_threads t
                   WHERE t.search_vector @@ (${TSQUERY} || ${titleTsquery('$3')}) AND ${postWhere.thread}
                   ORDER BY t.created_at DESC LIMIT ${POST_CANDIDATE_CAP + 1}) t
            JOIN searchable_posts p ON p.thread_id = t.id AND p.number = 1
           WHERE ${postWhere.post})) u
       ORDER BY created_at DESC LIMIT ${POST_CANDIDATE_CAP + 1}),
     orgs AS MATERIALIZED (
       SELECT o.id FROM organisation_directory o
        WHERE ${entities} AND o.closed_on IS NULL AND o.search_vector @@ ${TSQUERY} LIMIT ${ORGANISATION_COUNT_CAP + 1}),
     comms AS MATERIALIZED (
       SELECT c.id FROM community_directory c WHERE ${entities} AND c.id = ANY(${visibleCommunities}) AND c.search_vector @@ ${TSQUERY}),
     ranked AS (
       SELECT 'forum_post' AS type, x.id, x.created_at,
              ts_rank_cd(p.search_vector, (SELECT tsq FROM q)) + CASE WHEN p.number = 1 THEN ts_rank_cd(t.search_vector, (SELECT tsq FROM q)) ELSE 0 END AS score
         FROM (SELECT * FROM posts ORDER BY created_at DESC LIMIT ${POST_CANDIDATE_CAP}) x JOIN searchable_posts p ON p.id = x.id JOIN searchable_threads t ON t.id = p.thread_id
        WHERE 'forum_post' = ANY(${types})
       UNION ALL
       SELECT 'organisation', o.id, NULL::timestamptz, ts_rank_cd(o.search_vector, (SELECT tsq FROM q))
         FROM (SELECT id FROM orgs LIMIT ${ORGANISATION_CANDIDATE_CAP}) x JOIN organisation_directory o ON o.id = x.id WHERE 'organisation' = ANY(${types})
       UNION ALL
       SELECT 'community', c.id, NULL::timestamptz, ts_rank_cd(c.search_vector, (SELECT tsq FROM q))
         FROM comms x JOIN community_directory c ON c.id = x.id WHERE 'community' = ANY(${types})),
     page AS (
       SELECT type, id, row_number() OVER (ORDER BY score DESC, created_at DESC NULLS LAST, id) AS ord
         FROM ranked ORDER BY ord OFFSET ${offset} LIMIT ${limit})
     SELECT
       (SELECT coalesce(json_agg(json_build_object('type', pg.type, 'id', pg.id, 'headline',
                 CASE pg.type
                   WHEN 'forum_post' THEN (SELECT ts_headline('english', ${withoutMarkers('p.raw')}, (SELECT tsq FROM q), '${HEADLINE_OPTIONS}') FROM searchable_posts p WHERE p.id = pg.id)
                   WHEN 'organisation' THEN (SELECT ts_headline('english', ${withoutMarkers(`o.name || coalesce(' · ' || o.local_authority_name, '')`)}, (SELECT tsq FROM q), '${HEADLINE_OPTIONS}') FROM organisation_directory o WHERE o.id = pg.id)
                   ELSE (SELECT ts_headline('english', ${withoutMarkers(`c.name || coalesce(' · ' || c.description, '')`)}, (SELECT tsq FROM q), '${HEADLINE_OPTIONS}') FROM community_directory c WHERE c.id = pg.id)
                 END) ORDER BY pg.ord), '[]'::json) FROM page pg) AS hits,
       json_build_object('forum_post', (SELECT count(*) FROM posts), 'organisation', (SELECT count(*) FROM orgs), 'community', (SELECT count(*) FROM comms)) AS counts,
       (SELECT coalesce(json_object_agg(community_id, n), '{}'::json) FROM (SELECT community_id, count(*) AS n FROM (SELECT * FROM posts ORDER BY created_at DESC LIMIT ${POST_CANDIDATE_CAP}) x GROUP BY community_id) f) AS communities,
       (SELECT json_build_object(${dateCounts}) FROM (SELECT * FROM posts ORDER BY created_at DESC LIMIT ${POST_CANDIDATE_CAP}) x) AS dates`,
    params,
  );
  return toHits(row!, request.types ?? CONTENT_TYPES, correctedText);
}

function toHits(row: Row, types: SearchType[], correctedText: string | null): ContentSearchHits {
  const caps: Record<ContentType, number> = {
    forum_post: POST_CANDIDATE_CAP,
    organisation: ORGANISATION_COUNT_CAP,
    community: Number.POSITIVE_INFINITY,
  };
  const type: Record<string, number> = {};
  let total = 0;
  let totalIsLowerBound = false;
  for (const kind of CONTENT_TYPES) {
    const counted = Number(row.counts[kind]);
    type[kind] = Math.min(counted, caps[kind]);
    if (!types.includes(kind)) continue;
    total += type[kind];
    totalIsLowerBound ||= counted > caps[kind];
  }
  const hits: ContentHit[] = row.hits.map((h) => ({ type: h.type, id: h.id, highlight: headlineToHtml(h.headline) }));
  const numbers = (record: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([k, v]) => [k, Number(v)])
        .filter(([, v]) => v !== 0),
    );
  return {
    hits,
    total,
    totalIsLowerBound,
    facets: { type, community: numbers(row.communities), date: numbers(row.dates) },
    correctedText,
  };
}
