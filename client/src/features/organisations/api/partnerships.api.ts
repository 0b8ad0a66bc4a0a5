import {
  communityPageSchema,
  partnershipPageSchema,
  agreementListSchema,
  agreementSchema,
  partnershipDetailSchema,
  type Agreement,
  type AgreementList,
  type CreateAgreementRequest,
  type CreatePartnershipRequest,
  type NewAgreementVersionRequest,
  type CommunityPage,
  type PartnershipDetail,
  type PartnershipPage,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

const partnershipPath = (slug: string) => `/api/partnerships/${encodeURIComponent(slug)}`;
const agreementPath = (slug: string, agreementId: string) =>
  `${partnershipPath(slug)}/agreements/${encodeURIComponent(agreementId)}`;

export function fetchPartnership(slug: string, options?: RequestOptions): Promise<PartnershipDetail> {
  return apiGet(partnershipPath(slug), partnershipDetailSchema, undefined, options);
}

/** The partnerships directory (public), by name. */
export function fetchPartnerships(options?: RequestOptions): Promise<PartnershipPage> {
  return apiGet('/api/partnerships', partnershipPageSchema, { pageSize: 100 }, options);
}

/** The partnership spaces the viewer belongs to: their partnerships, each with its lead provider. */
export function fetchMyPartnershipSpaces(options?: RequestOptions): Promise<CommunityPage> {
  return apiGet('/api/communities', communityPageSchema, { mine: 'true', type: 'partnership', pageSize: 100 }, options);
}

export function createPartnership(request: CreatePartnershipRequest): Promise<PartnershipDetail> {
  return apiSend('POST', '/api/partnerships', request, partnershipDetailSchema);
}

export function addPartnershipMember(slug: string, organisationId: string): Promise<PartnershipDetail> {
  return apiSend('POST', `${partnershipPath(slug)}/members`, { organisationId }, partnershipDetailSchema);
}

export function removePartnershipMember(slug: string, organisationId: string): Promise<PartnershipDetail> {
  return apiSend(
    'DELETE',
    `${partnershipPath(slug)}/members/${encodeURIComponent(organisationId)}`,
    undefined,
    partnershipDetailSchema,
  );
}

/** Members only (404 for anyone else). */
export function fetchAgreements(slug: string, options?: RequestOptions): Promise<AgreementList> {
  return apiGet(`${partnershipPath(slug)}/agreements`, agreementListSchema, undefined, options);
}

export function createAgreement(slug: string, request: CreateAgreementRequest): Promise<Agreement> {
  return apiSend('POST', `${partnershipPath(slug)}/agreements`, request, agreementSchema);
}

export function publishAgreementVersion(
  slug: string,
  agreementId: string,
  request: NewAgreementVersionRequest,
): Promise<Agreement> {
  return apiSend('POST', `${agreementPath(slug, agreementId)}/versions`, request, agreementSchema);
}

export function agreeToVersion(
  slug: string,
  agreementId: string,
  version: number,
  organisationId: string,
): Promise<Agreement> {
  return apiSend(
    'POST',
    `${agreementPath(slug, agreementId)}/versions/${version}/agree`,
    { organisationId },
    agreementSchema,
  );
}
