import { previewResultSchema, uploadSchema, type Upload } from '@commonroom/contracts';
import { apiSend } from '../../../shared/api/api-client';

/** The HTML the server would store for this Markdown: the very same cooking and sanitizing. */
export async function previewMarkdown(raw: string): Promise<string> {
  return (await apiSend('POST', '/api/markdown/preview', { raw }, previewResultSchema)).html;
}

export function uploadFile(file: File): Promise<Upload> {
  const form = new FormData();
  form.set('file', file, file.name);
  return apiSend('POST', '/api/uploads', form, uploadSchema);
}
