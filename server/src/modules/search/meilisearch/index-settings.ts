import type { Settings } from 'meilisearch';
import type { SearchDocumentKind } from '../search-engine';

/**
 * The Meilisearch indexes and their settings, declared here and applied by `reindex()` so the
 * server never depends on settings someone clicked together. Searchable attributes are listed
 * in ranked order (Meilisearch's `attribute` rule prefers matches in earlier ones), mirroring
 * the weights of PostgreSQL's generated `tsvector` columns.
 */
export const INDEX_UID: Record<SearchDocumentKind, string> = {
  person: 'people',
  organisation: 'organisations',
  community: 'communities',
  forum_post: 'forum_posts',
};

/**
 * Highlight markers from Unicode's private-use area: they never occur in what people type (the
 * documents strip them), so after HTML-escaping the text they can be turned into `<mark>` tags
 * without ever trusting engine output as HTML.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Meilisearch's default typo rules (one typo from 5 letters, two from 9) are the finder's "misspelt names found". */
const typoTolerance: Settings['typoTolerance'] = { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } };

/**
 * Content searches count up to this many matches ("1,000+"); Meilisearch counts them cheaply (PostgreSQL stops
 * earlier: POST_CANDIDATE_CAP).
 */
export const CONTENT_COUNT_CAP = 1000;
/** The people finder reports exact totals: 40,000 people fit well within this. */
export const PEOPLE_COUNT_CAP = 100_000;

export const INDEX_SETTINGS: Record<SearchDocumentKind, Settings> = {
  person: {
    searchableAttributes: ['name', 'headline', 'body'],
    filterableAttributes: ['facets'],
    sortableAttributes: ['name'],
    displayedAttributes: ['id', 'name', 'headline', 'body'],
    typoTolerance,
    // Organisations alone can have thousands of values; every one must be counted.
    faceting: { maxValuesPerFacet: 10_000 },
    pagination: { maxTotalHits: PEOPLE_COUNT_CAP },
  },
  organisation: {
    searchableAttributes: ['name', 'localAuthority', 'establishmentType'],
    filterableAttributes: ['kind'],
    sortableAttributes: ['name'],
    displayedAttributes: ['id', 'name', 'localAuthority', 'establishmentType'],
    typoTolerance,
    pagination: { maxTotalHits: CONTENT_COUNT_CAP },
  },
  community: {
    searchableAttributes: ['name', 'description'],
    filterableAttributes: ['id', 'type'],
    sortableAttributes: ['name'],
    displayedAttributes: ['id', 'name', 'description'],
    typoTolerance,
    pagination: { maxTotalHits: CONTENT_COUNT_CAP },
  },
  forum_post: {
    searchableAttributes: ['threadTitle', 'tags', 'body'],
    filterableAttributes: ['communityId', 'threadId', 'createdAt'],
    sortableAttributes: ['createdAt'],
    displayedAttributes: ['id', 'threadId', 'communityId', 'threadTitle', 'body', 'createdAt'],
    typoTolerance,
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: CONTENT_COUNT_CAP },
  },
};
