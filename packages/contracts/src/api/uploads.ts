import { z } from 'zod';

/** Files people attach to posts: images shown inline and documents linked for download. */
export const uploadIdParamsSchema = z.object({ uploadId: z.uuid() });

export const uploadSchema = z.object({
  id: z.uuid(),
  /** Where the file is served from; Markdown may embed only these (and allowed hosts). */
  url: z.string(),
  name: z.string(),
  /** The type found in the file's own bytes, never the one the browser claimed. */
  contentType: z.string(),
  size: z.number().int().min(1),
  isImage: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type Upload = z.infer<typeof uploadSchema>;

export const uploadQuotaSchema = z.object({
  usedBytes: z.number().int().min(0),
  limitBytes: z.number().int().min(0),
  maxFileBytes: z.number().int().min(0),
  /** Content types that may be attached (usable as a file input's `accept`). */
  allowedTypes: z.array(z.string()),
});
export type UploadQuota = z.infer<typeof uploadQuotaSchema>;

/** The multipart form field `POST /api/uploads` reads the file from. */
export const UPLOAD_FIELD = 'file';

/** The path uploads are served under; the Markdown sanitizer allows images only from here. */
export const UPLOADS_PATH = '/api/uploads/';
export const uploadUrl = (id: string): string => `${UPLOADS_PATH}${id}`;
