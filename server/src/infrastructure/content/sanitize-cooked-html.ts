import sanitizeHtml from 'sanitize-html';
import { isAllowedHref, isAllowedImageSrc, LINK_REL } from './content-policy';

/** What rendered Markdown may contain. Headings start at h3: a post never outranks its page. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'img',
];

/**
 * The allow-list sanitizer behind the Markdown renderer. markdown-it already escapes raw HTML,
 * so on our own output this changes nothing; it is there so that a renderer bug, a plugin or a
 * future option can never put a script, an event handler or a foreign URL in front of a reader.
 * It is also safe on arbitrary HTML, and the tests run the XSS corpus through it directly.
 */
export function sanitizeCookedHtml(html: string, allowedImageHosts: readonly string[]): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      // No id or name anywhere: they would clobber the page's DOM (`document.getElementById`, forms).
      a: ['href', 'title', 'rel', 'class', 'data-user-id'],
      img: ['src', 'alt', 'title', 'loading'],
      ol: ['start'],
    },
    allowedClasses: { a: ['mention'], code: ['language-*'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['https'] },
    allowProtocolRelative: false,
    // Dropped with their content, not unwrapped into text.
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'option',
      'noscript',
      'title',
      'template',
      'iframe',
      'xmp',
      'noembed',
      'noframes',
      'plaintext',
      'svg',
      'math',
    ],
    transformTags: {
      a: (tagName, attribs) => {
        const { href, ...others } = attribs;
        const allowed = href !== undefined && isAllowedHref(href);
        return { tagName, attribs: { ...(allowed ? attribs : others), rel: LINK_REL } };
      },
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
    },
    exclusiveFilter: (frame) => frame.tag === 'img' && !isAllowedImageSrc(frame.attribs.src ?? '', allowedImageHosts),
  });
}
