import MarkdownIt from 'markdown-it';
import { isAllowedHref, isAllowedImageSrc, isExternalHref, LINK_REL, uploadIdOf } from './content-policy';
import { mentionOf, mentionPlugin, type MentionMeta } from './mention-rule';
import { inlineText, plainTextOf } from './plain-text';
import { sanitizeCookedHtml } from './sanitize-cooked-html';

type Token = MarkdownIt.Token;

export interface CookOptions {
  /** `host` or `host:port` values whose https images may be shown besides our own uploads. */
  allowedImageHosts: readonly string[];
}

/**
 * The current display name of each person a post mentions, by id, looked up by the caller before
 * cooking. A mention shows this name, never the label typed around the id; an id missing here
 * names nobody and stays its label as plain text.
 */
export type MentionNames = ReadonlyMap<string, string>;

const NO_NAMES: MentionNames = new Map();

export interface CookedContent {
  /** Sanitized HTML, safe to insert into a page as it is. */
  html: string;
  /** Plain text for search and notification previews: NOT escaped, so escape it where it is shown. */
  text: string;
  /** Unique ids of the people mentioned (those found in the names given). */
  mentionIds: string[];
  /** Unique ids of the uploads shown as images or linked as documents. */
  uploadIds: string[];
  /** Links that leave the site (http, https, mailto). */
  linkCount: number;
  /** Images shown (after the ones from disallowed places were dropped). */
  imageCount: number;
}

// Raw HTML is never passed through (html: false); a single teacher-typed newline is a line break.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// markdown-it's own check only blocks a few schemes; ours allows a few instead. A link or image
// that fails stays visible as the text the author typed, escaped.
md.validateLink = isAllowedHref;
md.use(mentionPlugin);

interface Found {
  names: MentionNames;
  mentionIds: Set<string>;
  uploadIds: Set<string>;
  linkCount: number;
  imageCount: number;
}

/** The highest heading a post may use: the page itself has the h1, and sections their h2. */
const HEADING_OFFSET = 2;

/**
 * Markdown as a person typed it, cooked once into sanitized HTML plus what the rest of the app
 * needs to know about it (mentions to notify, uploads to keep, links and images for spam checks).
 * Pure: the same input (and names) always gives the same output, so content can be re-cooked
 * after a change. Mentions show the names given (see `MentionNames`; find the ids to look up
 * with `mentionIdsIn`).
 */
export function cookMarkdown(raw: string, options: CookOptions, names: MentionNames = NO_NAMES): CookedContent {
  const allowedImageHosts = options.allowedImageHosts.map((h) => h.toLowerCase());
  const tokens = md.parse(raw, {});
  const found: Found = {
    names,
    mentionIds: new Set<string>(),
    uploadIds: new Set<string>(),
    linkCount: 0,
    imageCount: 0,
  };
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = demote(token.tag);
    if (token.type === 'inline') token.children?.forEach((child) => applyInlinePolicy(child, allowedImageHosts, found));
  }
  const html = sanitizeCookedHtml(md.renderer.render(tokens, md.options, {}), allowedImageHosts);
  return {
    html,
    text: plainTextOf(tokens),
    mentionIds: [...found.mentionIds],
    uploadIds: [...found.uploadIds],
    linkCount: found.linkCount,
    imageCount: found.imageCount,
  };
}

/** The unique ids a post mentions, in order, to look up their names before cooking it. */
export function mentionIdsIn(raw: string): string[] {
  if (!raw.includes('](mention:')) return [];
  const ids = new Set<string>();
  for (const token of md.parse(raw, {})) {
    for (const child of token.type === 'inline' ? (token.children ?? []) : []) {
      if (child.type === 'mention') ids.add(mentionOf(child).userId);
    }
  }
  return [...ids];
}

function demote(tag: string): string {
  const level = Number(tag.slice(1));
  return `h${Math.min(6, level + HEADING_OFFSET)}`;
}

/**
 * Records what a link, image or mention refers to; an image from elsewhere becomes its alt text,
 * and a mention shows the person's current name, or its typed label as text when the id names nobody.
 */
function applyInlinePolicy(token: Token, allowedImageHosts: readonly string[], found: Found): void {
  if (token.type === 'mention') return applyMention(token, found);
  if (token.type === 'link_open') {
    const href = String(token.attrGet('href') ?? '');
    token.attrSet('rel', LINK_REL);
    if (isExternalHref(href)) found.linkCount += 1;
    const uploadId = uploadIdOf(href);
    if (uploadId) found.uploadIds.add(uploadId);
  }
  if (token.type === 'image') {
    const src = String(token.attrGet('src') ?? '');
    if (!isAllowedImageSrc(src, allowedImageHosts)) return turnIntoText(token);
    token.attrSet('loading', 'lazy');
    found.imageCount += 1;
    const uploadId = uploadIdOf(src);
    if (uploadId) found.uploadIds.add(uploadId);
  }
}

function applyMention(token: Token, found: Found): void {
  const mention = mentionOf(token);
  const name = found.names.get(mention.userId);
  if (name === undefined) return turnIntoText(token, `@${mention.name}`);
  token.meta = { ...mention, name } satisfies MentionMeta;
  found.mentionIds.add(mention.userId);
}

/** What may not be shown as it is becomes plain text (escaped when rendered): an image its description. */
function turnIntoText(token: Token, text = inlineText(token.children ?? [])): void {
  token.content = text;
  token.type = 'text';
  token.tag = '';
  token.attrs = null;
  token.children = null;
  token.meta = null;
}
