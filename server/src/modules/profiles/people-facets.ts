import type { PeopleFacet } from '@commonroom/contracts';

/**
 * A person's facet values are stored in one `text[]` column (`profiles.facets`) as tokens
 * `prefix:value`, so a single GIN index serves every filter and a single `unnest` counts every
 * facet. This is the one mapping between the API's facet names and the stored prefixes.
 */
export const PEOPLE_FACET_PREFIX = {
  organisationKind: 'kind',
  organisation: 'org',
  region: 'region',
  localAuthority: 'la',
  phase: 'phase',
  subject: 'subject',
  role: 'role',
  expertise: 'expertise',
  availability: 'availability',
} as const satisfies Record<PeopleFacet, string>;

const FACET_BY_PREFIX = new Map<string, PeopleFacet>(
  Object.entries(PEOPLE_FACET_PREFIX).map(([facet, prefix]) => [prefix, facet as PeopleFacet]),
);

export function facetToken(facet: PeopleFacet, value: string): string {
  return `${PEOPLE_FACET_PREFIX[facet]}:${value}`;
}

/** The facet and value of a stored token, or undefined for a token of no known facet. */
export function parseFacetToken(token: string): { facet: PeopleFacet; value: string } | undefined {
  const at = token.indexOf(':');
  const facet = at > 0 ? FACET_BY_PREFIX.get(token.slice(0, at)) : undefined;
  return facet ? { facet, value: token.slice(at + 1) } : undefined;
}
