import {
  organisationKindSchema,
  phaseSchema,
  regionSchema,
  type OrganisationKind,
  type Phase,
  type Region,
} from '@commonroom/contracts';
import { paths } from '../../../shared/routing/paths';
import { useFilterSearchParams, type FilterCodec } from '../../../shared/routing/use-filter-search-params';

/** The directory's state, all of it in the URL so links can be shared and Back works. */
export interface DirectoryFilters {
  kind?: OrganisationKind;
  region?: Region;
  phase?: Phase;
  q?: string;
  page: number;
}

export type FilterName = 'kind' | 'region' | 'phase' | 'q';

const FILTER_NAMES: readonly FilterName[] = ['kind', 'region', 'phase', 'q'];

/**
 * Reads filters from the query string. Each value is checked on its own, so one stale or
 * mistyped parameter (an old bookmark) is ignored instead of breaking the whole page.
 */
export function parseDirectoryFilters(params: URLSearchParams): DirectoryFilters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const q = params.get('q')?.trim();
  return {
    kind: organisationKindSchema.safeParse(params.get('kind')).data,
    region: regionSchema.safeParse(params.get('region')).data,
    phase: phaseSchema.safeParse(params.get('phase')).data,
    q: q ? q.slice(0, 100) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** A link into the directory with some filters set, e.g. from the home page's counts. */
export function directoryHref(filters: Partial<DirectoryFilters>): string {
  const params = toSearchParams(filters);
  const search = params.toString();
  return search ? `${paths.organisations}?${search}` : paths.organisations;
}

function toSearchParams(filters: Partial<DirectoryFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

const DIRECTORY_FILTERS: FilterCodec<DirectoryFilters> = {
  parse: parseDirectoryFilters,
  toParams: toSearchParams,
  href: directoryHref,
};

export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return FILTER_NAMES.some((name) => Boolean(filters[name]));
}

/** The directory filters from the URL, with setters that write them back. */
export function useDirectorySearchParams() {
  return useFilterSearchParams<DirectoryFilters, FilterName>(DIRECTORY_FILTERS);
}
