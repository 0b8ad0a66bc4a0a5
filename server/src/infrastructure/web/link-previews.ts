import { escapeHtml } from '../mail/render-email';

/** What a link to a page shows when pasted into email, chat or social media. */
export interface LinkPreview {
  /** Page title parts, most specific first ("Thread", "Community"); " · Commonroom" is added. */
  titleParts: string[];
  description: string;
  /** The page's own path, for `og:url` and `<link rel="canonical">`. */
  canonicalPath: string;
  type: 'website' | 'article';
}

/**
 * Port: the preview of a client path, or null when the page is not public. Features implement it
 * (the forums module for communities and threads); it must answer as a signed-out visitor would,
 * whoever asks, so a members-only title never reaches a preview or a shared cache (ADR 0015).
 */
export abstract class LinkPreviews {
  abstract preview(path: string): Promise<LinkPreview | null>;
}

export const SITE_NAME = 'Commonroom';

/**
 * index.html with the preview's title, description, Open Graph and Twitter tags and canonical
 * link in place of the generic title and description. Every value is escaped.
 */
export function withPreview(indexHtml: string, preview: LinkPreview, publicUrl: string): string {
  const title = escapeHtml([...preview.titleParts, SITE_NAME].join(' · '));
  const description = escapeHtml(preview.description);
  const url = escapeHtml(new URL(preview.canonicalPath, publicUrl).toString());
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:title" content="${escapeHtml(preview.titleParts.join(' · '))}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:type" content="${preview.type}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta\s+name="description"[\s\S]*?\/?>\s*/, '')
    .replace('</head>', `  ${tags}\n  </head>`);
}
