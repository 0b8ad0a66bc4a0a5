import { z } from 'zod';
import { availabilitySchema, expertiseSchema } from '../taxonomies/expertise.js';
import { organisationKindSchema } from '../taxonomies/organisation-kinds.js';
import { phaseSchema } from '../taxonomies/phases.js';
import { regionSchema } from '../taxonomies/regions.js';
import { roleSchema } from '../taxonomies/roles.js';
import { subjectSchema } from '../taxonomies/subjects.js';
import { profileAffiliationSchema } from './profiles.js';

export const PEOPLE_PAGE_SIZE = 20;

/** A query-string list: `?phase=primary&phase=secondary` or `?phase=primary,secondary`. */
function listOf<T extends z.ZodType>(item: T) {
  return z
    .preprocess(
      (v) =>
        v === undefined
          ? undefined
          : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).filter((x) => x !== ''),
      z.array(item).max(20),
    )
    .optional();
}

/** The facets of the people finder, in display order. Values within one facet are OR'ed; facets are AND'ed. */
export const PEOPLE_FACETS = [
  'organisationKind',
  'organisation',
  'region',
  'localAuthority',
  'phase',
  'subject',
  'role',
  'expertise',
  'availability',
] as const;
export type PeopleFacet = (typeof PEOPLE_FACETS)[number];

export const peopleSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional().describe('A name or free text; typo tolerant'),
  organisationKind: listOf(organisationKindSchema),
  organisation: listOf(z.uuid()),
  region: listOf(regionSchema),
  localAuthority: listOf(z.string().regex(/^\d{3}$/)).describe('Local authority codes, e.g. 873'),
  phase: listOf(phaseSchema),
  subject: listOf(subjectSchema),
  role: listOf(roleSchema),
  expertise: listOf(expertiseSchema),
  availability: listOf(availabilitySchema),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(PEOPLE_PAGE_SIZE),
});
export type PeopleSearchQuery = z.infer<typeof peopleSearchQuerySchema>;
/** The filters of a people search: every facet, each a list of selected values. */
export type PeopleFilters = Partial<Record<PeopleFacet, string[]>>;

/** A person in search results, with only what the searcher may see. */
export const personCardSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  headline: z.string().nullable().optional(),
  photoUrl: z.string().nullable().optional(),
  currentAffiliations: z.array(profileAffiliationSchema).optional(),
  phases: z.array(phaseSchema).optional(),
  subjects: z.array(subjectSchema).optional(),
  expertise: z.array(expertiseSchema).optional(),
  availability: z.array(availabilitySchema).optional(),
  /** Matched text with `<mark>` around the matching words; everything else HTML-escaped. */
  highlight: z.string().nullable(),
});
export type PersonCard = z.infer<typeof personCardSchema>;

export const facetValueSchema = z.object({ value: z.string(), label: z.string(), count: z.number().int().min(0) });
export type FacetValue = z.infer<typeof facetValueSchema>;

export const peopleSearchResultSchema = z.object({
  items: z.array(personCardSchema),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().min(0),
  /** Counts per facet value over the matches, each facet counted with the other facets' filters applied. */
  facets: z.record(z.enum(PEOPLE_FACETS), z.array(facetValueSchema)),
  /** Set when misspelt words were corrected, e.g. "physics mentor" for "phisics mentor". */
  correctedQuery: z.string().nullable(),
});
export type PeopleSearchResult = z.infer<typeof peopleSearchResultSchema>;
