/** How much of the last message a conversation list shows. */
export const EXCERPT_LENGTH = 140;

const MENTION = /@\[([^\]]*)\]\(mention:[0-9a-f-]{36}\)/g;
const MARKDOWN_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const MARKUP = /[*_`#>~]+/g;

/**
 * A message's Markdown as one line of plain text for the list: mentions and links keep their
 * words, emphasis and heading marks go, and it is cut at a word near `length` with an ellipsis.
 * The client shows it as text, never as HTML.
 */
export function conversationExcerpt(raw: string, length = EXCERPT_LENGTH): string {
  const plain = raw
    .replace(MENTION, '@$1')
    .replace(MARKDOWN_LINK, '$1')
    .replace(MARKUP, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
