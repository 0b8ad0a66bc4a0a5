import {
  organisationAffiliationListSchema,
  organisationAffiliationSchema,
  organisationDetailSchema,
  organisationPageSchema,
  type DecideAffiliationRequest,
  type OrganisationAffiliation,
  type OrganisationAffiliationList,
  type OrganisationAffiliationQuery,
  type OrganisationDetail,
  type OrganisationPage,
  type UpdateOrganisationRequest,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

const organisationPath = (slug: string) => `/api/organisations/${encodeURIComponent(slug)}`;

/** Public; `viewer` says what the signed-in person may do there. */
export function fetchOrganisation(slug: string, options?: RequestOptions): Promise<OrganisationDetail> {
  return apiGet(organisationPath(slug), organisationDetailSchema, undefined, options);
}

export function updateOrganisation(slug: string, request: UpdateOrganisationRequest): Promise<OrganisationDetail> {
  return apiSend('PATCH', organisationPath(slug), request, organisationDetailSchema);
}

/** For the organisation's administrators only (404 for anyone else). */
export function fetchOrganisationAffiliations(
  slug: string,
  status: OrganisationAffiliationQuery['status'],
  options?: RequestOptions,
): Promise<OrganisationAffiliationList> {
  return apiGet(`${organisationPath(slug)}/affiliations`, organisationAffiliationListSchema, { status }, options);
}

export function decideAffiliation(
  id: string,
  decision: DecideAffiliationRequest['decision'],
): Promise<OrganisationAffiliation> {
  return apiSend(
    'POST',
    `/api/affiliations/${encodeURIComponent(id)}/decision`,
    { decision },
    organisationAffiliationSchema,
  );
}

/** Organisations whose name contains the words, for pickers: a short first page is enough. */
export function searchOrganisations(q: string, options?: RequestOptions): Promise<OrganisationPage> {
  return apiGet('/api/organisations', organisationPageSchema, { q, pageSize: 10 }, options);
}
