import type {
  DirectoryOverview,
  OrganisationKind,
  OrganisationPage,
  OrganisationSummary,
} from '@commonroom/contracts';
import { ORGANISATION_KINDS } from '@commonroom/contracts';

/** A valid organisation (it passes the contract schema), changed by `overrides`. */
export function buildOrganisation(overrides: Partial<OrganisationSummary> = {}): OrganisationSummary {
  return {
    id: crypto.randomUUID(),
    slug: 'oakfield-primary',
    name: 'Oakfield Primary School',
    kind: 'school',
    phases: ['primary'],
    region: 'east_midlands',
    localAuthorityName: 'Northamptonshire',
    urn: '121234',
    ukprn: null,
    laCode: '928',
    website: 'https://www.oakfield.example.sch.uk/',
    ...overrides,
  };
}

export function buildOrganisationPage(
  items: OrganisationSummary[],
  overrides: Partial<Omit<OrganisationPage, 'items'>> = {},
): OrganisationPage {
  return { items, page: 1, pageSize: 25, total: items.length, ...overrides };
}

/** An overview with the given counts per kind (others 0), in one region unless given. */
export function buildOverview(
  counts: Partial<Record<OrganisationKind, number>>,
  regions?: DirectoryOverview['regions'],
): DirectoryOverview {
  const byKind = ORGANISATION_KINDS.map(({ id }) => ({ kind: id, count: counts[id] ?? 0 }));
  const total = byKind.reduce((sum, entry) => sum + entry.count, 0);
  return {
    totalOrganisations: total,
    byKind,
    regions: regions ?? [{ region: 'east_midlands', total, byKind }],
  };
}
