import { UPLOADS_PATH } from '@commonroom/contracts';

/**
 * Which URLs cooked content may point at. Both layers use these rules: the Markdown parser
 * (so a rejected link stays plain text) and the HTML sanitizer behind it (defence in depth).
 */

/** Every link gets this: crawlers give no credit, and the opened page cannot reach back. */
export const LINK_REL = 'nofollow ugc noopener';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const IS_UUID = new RegExp(`^${UUID}$`);
const UPLOAD_URL = new RegExp(`^${UPLOADS_PATH.replace(/[/]/g, '\\/')}(${UUID})$`, 'i');
const EXTERNAL = /^(?:https?:\/\/[^/\\?#]|mailto:[^/\\])/i;

/**
 * An allowed link target: http(s) or mailto, a same-site path (`/…` but not the
 * protocol-relative `//…` or `/\…`, which browsers treat as another host), or a fragment such
 * as the `#post-12` of a quote-reply. Anything else, whatever its spelling, is refused: a browser
 * strips tabs, newlines and leading control characters from a scheme, so an allow-list of
 * prefixes is the only test that cannot be talked around.
 */
export function isAllowedHref(href: string): boolean {
  return EXTERNAL.test(href) || /^\/(?![/\\])/.test(href) || href.startsWith('#');
}

/** True for links that leave the site (counted in `linkCount`). */
export function isExternalHref(href: string): boolean {
  return EXTERNAL.test(href);
}

/** The upload id in `/api/uploads/<uuid>`, lower-cased, or undefined for any other URL. */
export function uploadIdOf(url: string): string | undefined {
  return UPLOAD_URL.exec(url)?.[1]?.toLowerCase();
}

/**
 * An image may come from our own uploads, or over https from a host the operator allowed
 * (`CONTENT_IMAGE_HOSTS`, compared with `host`, so a non-default port must be listed too).
 * Images elsewhere would let an author track readers or show content nobody moderated.
 */
export function isAllowedImageSrc(src: string, allowedHosts: readonly string[]): boolean {
  if (uploadIdOf(src)) return true;
  if (!/^https:\/\//i.test(src)) return false;
  try {
    const url = new URL(src);
    return (
      url.protocol === 'https:' &&
      url.username === '' &&
      url.password === '' &&
      allowedHosts.includes(url.host.toLowerCase())
    );
  } catch {
    return false;
  }
}
