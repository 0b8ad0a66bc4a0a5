import { z } from 'zod';
import { communityTypeSchema } from '../taxonomies/communities.js';
import { organisationKindSchema } from '../taxonomies/organisation-kinds.js';
import { personRefSchema } from './discussions.js';
import { facetValueSchema, personCardSchema } from './people.js';

/**
 * What global search finds. Content types join this list as their issues land (wiki pages,
 * incidents, blog posts …); each plugs into the server's SearchEngine port.
 */
export const SEARCH_TYPES = [
  { id: 'person', label: 'People' },
  { id: 'organisation', label: 'Organisations' },
  { id: 'community', label: 'Communities' },
  { id: 'forum_post', label: 'Forum posts' },
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number]['id'];
export const searchTypeSchema = z.enum(SEARCH_TYPES.map((t) => t.id) as [SearchType, ...SearchType[]]);

/** Date ranges for the content facet, newest first. */
export const SEARCH_DATE_RANGES = [
  { id: 'week', label: 'Past week', days: 7 },
  { id: 'month', label: 'Past month', days: 31 },
  { id: 'year', label: 'Past year', days: 366 },
] as const;
export type SearchDateRange = (typeof SEARCH_DATE_RANGES)[number]['id'];
export const searchDateRangeSchema = z.enum(
  SEARCH_DATE_RANGES.map((d) => d.id) as [SearchDateRange, ...SearchDateRange[]],
);

export const SEARCH_PAGE_SIZE = 20;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'Type something to search for.').max(200),
  type: searchTypeSchema.optional(),
  community: z.string().min(1).max(120).optional().describe('A community slug: only content there'),
  date: searchDateRangeSchema.optional(),
  page: z.coerce.number().int().min(1).max(50).default(1),
  exact: z
    .stringbool()
    .optional()
    .describe('Search the words as typed: no misspelt word is corrected ("Search instead for …")'),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

const highlight = z.string().nullable().describe('HTML-escaped text with <mark> around matching words');

export const searchHitSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person'), person: personCardSchema }),
  z.object({
    type: z.literal('organisation'),
    organisation: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      kind: organisationKindSchema,
      localAuthorityName: z.string().nullable(),
    }),
    highlight,
  }),
  z.object({
    type: z.literal('community'),
    community: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string(),
      type: communityTypeSchema,
      description: z.string().nullable(),
    }),
    highlight,
  }),
  z.object({
    type: z.literal('forum_post'),
    post: z.object({
      id: z.uuid(),
      threadId: z.uuid(),
      threadTitle: z.string(),
      number: z.number().int().min(1),
      community: z.object({ slug: z.string(), name: z.string() }),
      author: personRefSchema,
      createdAt: z.iso.datetime(),
    }),
    highlight,
  }),
]);
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().min(0),
  /** True when there were more matches than were counted exactly (the total is "at least"). */
  totalIsLowerBound: z.boolean(),
  facets: z.object({
    type: z.array(facetValueSchema),
    community: z.array(facetValueSchema),
    date: z.array(facetValueSchema),
  }),
  correctedQuery: z.string().nullable(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const suggestQuerySchema = z.object({ q: z.string().trim().min(1).max(100) });

/** Instant suggestions as the searcher types: a few of each kind. */
export const suggestionsSchema = z.object({
  people: z.array(z.object({ userId: z.uuid(), displayName: z.string(), headline: z.string().nullable().optional() })),
  organisations: z.array(z.object({ slug: z.string(), name: z.string(), kind: organisationKindSchema })),
  communities: z.array(z.object({ slug: z.string(), name: z.string() })),
  threads: z.array(
    z.object({ threadId: z.uuid(), title: z.string(), community: z.object({ slug: z.string(), name: z.string() }) }),
  ),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;
