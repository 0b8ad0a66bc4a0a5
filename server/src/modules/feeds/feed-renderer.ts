import type { FeedFormat } from '@commonroom/contracts';
import { Feed } from 'feed';

export interface FeedChannel {
  title: string;
  description: string;
  /** The page in the app the feed follows. */
  link: string;
  /** This feed's own address (with the token, for a private feed). */
  self: string;
  updated: Date | undefined;
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  /** Cooked, sanitized HTML (the post's stored `html`). */
  html: string;
  author: string;
  published: Date;
  updated: Date;
  tags: string[];
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/**
 * Titles are what people typed: Atom marks them `type="html"` and many RSS readers decode them
 * as HTML, so they are escaped as text would be in HTML.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The library wraps content in CDATA but splits only the first `]]>`. Cooked HTML escapes `>` in
 * text, so this never changes a post; it closes the gap should a later cooking step not.
 */
const cdataSafe = (html: string) => html.replaceAll(']]>', ']]&gt;');

/** Renders a channel and its entries as RSS 2.0 or Atom 1.0 with the `feed` library. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: FeedEntry[]): string {
  const feed = new Feed({
    id: channel.link,
    title: escapeHtml(channel.title),
    description: escapeHtml(channel.description),
    link: channel.link,
    language: 'en-GB',
    updated: channel.updated,
    generator: 'Commonroom',
    feedLinks: format === 'rss' ? { rss: channel.self } : { atom: channel.self },
    copyright: 'The authors of each post',
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      guid: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      content: cdataSafe(entry.html),
      author: [{ name: entry.author }],
      date: entry.updated,
      published: entry.published,
      category: entry.tags.map((tag) => ({ name: tag })),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
