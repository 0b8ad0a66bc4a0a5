import { Fragment } from 'react';

const MARK = /<mark>([\s\S]*?)<\/mark>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/** Undoes the server's HTML escaping, so React (which escapes again) shows the text as written. */
function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * A search highlight: HTML-escaped text with `<mark>` around the matching words. Only `<mark>`
 * becomes an element; anything else that looks like a tag stays text, because the string is split
 * on the marks and every piece goes through React as plain text. No `dangerouslySetInnerHTML`, so
 * a server bug can never become markup.
 */
export function HighlightedText({ html }: { html: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const match of html.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: html.slice(last, match.index), marked: false });
    parts.push({ text: match[1] ?? '', marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: html.slice(last), marked: false });
  return (
    <>
      {parts.map((part, index) =>
        part.marked ? (
          <mark key={index}>{unescapeHtml(part.text)}</mark>
        ) : (
          <Fragment key={index}>{unescapeHtml(part.text)}</Fragment>
        ),
      )}
    </>
  );
}
