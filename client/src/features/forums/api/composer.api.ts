import {
  draftResultSchema,
  draftSchema,
  previewResultSchema,
  uploadSchema,
  type Draft,
  type SaveDraftRequest,
  type Upload,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

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

/** The HTML the server would store for this Markdown: the very same cooking and sanitizing. */
export async function previewMarkdown(raw: string): Promise<string> {
  return (await apiSend('POST', '/api/markdown/preview', { raw }, previewResultSchema)).html;
}

export function uploadFile(file: File): Promise<Upload> {
  const form = new FormData();
  form.set('file', file, file.name);
  return apiSend('POST', '/api/uploads', form, uploadSchema);
}
