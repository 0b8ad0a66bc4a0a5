import {
  acceptedContactRequestSchema,
  contactBlockListSchema,
  peopleSearchResultSchema,
  profileViewSchema,
  receivedContactRequestListSchema,
  receivedContactRequestSchema,
  sentContactRequestListSchema,
  sentContactRequestSchema,
  type AcceptContactRequest,
  type AcceptedContactRequest,
  type ContactBlockList,
  type PeopleFilters,
  type PeopleSearchResult,
  type ProfileView,
  type ReceivedContactRequest,
  type ReceivedContactRequestList,
  type SendContactRequest,
  type SentContactRequest,
} from '@commonroom/contracts';
import { apiGet, apiSend, type QueryParams, type RequestOptions } from '../../../shared/api/api-client';

/** What the people finder asks for: free text, the chosen facet values and a page. */
export interface PeopleSearch {
  q?: string | undefined;
  filters: PeopleFilters;
  page: number;
}

/** `/api/people/<id>`, with the id encoded once here. */
function personPath(userId: string, rest = ''): string {
  return `/api/people/${encodeURIComponent(userId)}${rest}`;
}

/** Facet values go comma-separated (`phase=primary,secondary`), which the query schema accepts. */
function peopleQuery({ q, filters, page }: PeopleSearch): QueryParams {
  const facets = Object.fromEntries(Object.entries(filters).map(([facet, values]) => [facet, values?.join(',')]));
  return { q, ...facets, page: page > 1 ? page : undefined };
}

export function fetchPeople(search: PeopleSearch, options?: RequestOptions): Promise<PeopleSearchResult> {
  return apiGet('/api/people', peopleSearchResultSchema, peopleQuery(search), options);
}

/** A profile with only the fields the viewer may see (absent keys are hidden fields). */
export function fetchProfile(userId: string, options?: RequestOptions): Promise<ProfileView> {
  return apiGet(personPath(userId), profileViewSchema, undefined, options);
}

/** The `Idempotency-Key` makes a retried send (a lost answer) one request, not two. */
export function sendContactRequest(
  userId: string,
  request: SendContactRequest,
  idempotencyKey: string,
): Promise<SentContactRequest> {
  return apiSend('POST', personPath(userId, '/contact-requests'), request, sentContactRequestSchema, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function fetchReceivedRequests(options?: RequestOptions): Promise<ReceivedContactRequestList> {
  return apiGet('/api/me/contact-requests/received', receivedContactRequestListSchema, undefined, options);
}

export function fetchSentRequests(options?: RequestOptions): Promise<{ items: SentContactRequest[] }> {
  return apiGet('/api/me/contact-requests/sent', sentContactRequestListSchema, undefined, options);
}

/** Answers with the request as it now stands, including the contact route shared and the conversation opened. */
export function acceptContactRequest(id: string, request: AcceptContactRequest): Promise<AcceptedContactRequest> {
  return apiSend(
    'POST',
    `/api/me/contact-requests/${encodeURIComponent(id)}/accept`,
    request,
    acceptedContactRequestSchema,
  );
}

export function fetchBlocks(options?: RequestOptions): Promise<ContactBlockList> {
  return apiGet('/api/me/contact-blocks', contactBlockListSchema, undefined, options);
}

/** Blocking stops contact requests and private conversations between the two; unblocking allows them again. */
export function setBlocked(userId: string, blocked: boolean): Promise<void> {
  return apiSend(blocked ? 'PUT' : 'DELETE', `/api/me/contact-blocks/${encodeURIComponent(userId)}`);
}

/** Silent for the sender: their request simply stays "waiting". */
export function declineContactRequest(id: string, block: boolean): Promise<ReceivedContactRequest> {
  return apiSend(
    'POST',
    `/api/me/contact-requests/${encodeURIComponent(id)}/decline`,
    { block },
    receivedContactRequestSchema,
  );
}
