import {
  affiliationListSchema,
  affiliationSchema,
  type Affiliation,
  type AffiliationList,
  type CreateAffiliationRequest,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

export function fetchMyAffiliations(options?: RequestOptions): Promise<AffiliationList> {
  return apiGet('/api/me/affiliations', affiliationListSchema, undefined, options);
}

/** Comes back `verified` at once when the person's email domain is one the organisation declared. */
export function createAffiliation(request: CreateAffiliationRequest): Promise<Affiliation> {
  return apiSend('POST', '/api/me/affiliations', request, affiliationSchema);
}

/** Ends today (the person's own, or one an organisation administrator ends). */
export function endAffiliation(id: string): Promise<Affiliation> {
  return apiSend('POST', `/api/affiliations/${encodeURIComponent(id)}/end`, {}, affiliationSchema);
}
