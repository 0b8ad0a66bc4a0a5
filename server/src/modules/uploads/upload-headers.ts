import type { UploadEntity } from './upload.entity';

/** How long a browser may reuse a file without asking again; access can change, so not forever. */
const MAX_AGE_SECONDS = 3600;

/**
 * Headers for serving an uploaded file. The type is the one found in the bytes; `nosniff` stops
 * the browser guessing another, and the sandbox policy keeps anything active in a file from
 * running as this site even if it is opened directly. Pictures show inline; documents download.
 */
export function servingHeaders(
  upload: Pick<UploadEntity, 'name' | 'contentType'>,
  inline: boolean,
): Record<string, string> {
  return {
    'content-type': upload.contentType.startsWith('text/')
      ? `${upload.contentType}; charset=utf-8`
      : upload.contentType,
    'content-disposition': contentDisposition(inline ? 'inline' : 'attachment', upload.name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': `private, max-age=${MAX_AGE_SECONDS}`,
  };
}

/**
 * RFC 6266 with both forms: an ASCII `filename` for old clients and the exact UTF-8 name in
 * `filename*` (RFC 8187), which every current browser prefers.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
