import {
  directoryOverviewSchema,
  organisationPageSchema,
  type DirectoryOverview,
  type OrganisationListQuery,
  type OrganisationPage,
} from '@commonroom/contracts';
import { apiGet, type RequestOptions } from '../../../shared/api/api-client';

/** The filters a directory search sends; page size is the server's default unless given. */
export type OrganisationSearch = Partial<OrganisationListQuery>;

export function fetchOrganisations(search: OrganisationSearch, options?: RequestOptions): Promise<OrganisationPage> {
  return apiGet('/api/organisations', organisationPageSchema, search, options);
}

export function fetchDirectoryOverview(options?: RequestOptions): Promise<DirectoryOverview> {
  return apiGet('/api/organisations/overview', directoryOverviewSchema, undefined, options);
}
