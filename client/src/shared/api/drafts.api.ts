import { draftResultSchema, draftSchema, type Draft, type SaveDraftRequest } from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from './api-client';

/** Server drafts (`/api/me/drafts/:key`), one per person and place, for every composer (forums, conversations). */

/** Keys are `reply:<uuid>` and the like: nothing in them needs encoding. */
const draftApi = (key: string) => `/api/me/drafts/${key}`;

/** Null when there is no draft for this place. */
export async function fetchDraft(key: string, options?: RequestOptions): Promise<Draft | null> {
  return (await apiGet(draftApi(key), draftResultSchema, undefined, options)).draft;
}

export function saveDraft(key: string, request: SaveDraftRequest): Promise<Draft> {
  return apiSend('PUT', draftApi(key), request, draftSchema);
}

export function deleteDraft(key: string): Promise<void> {
  return apiSend('DELETE', draftApi(key));
}
