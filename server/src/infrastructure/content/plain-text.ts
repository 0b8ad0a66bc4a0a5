import type MarkdownIt from 'markdown-it';
import { mentionOf } from './mention-rule';

type Token = MarkdownIt.Token;

/** Blocks that end a line of plain text; table cells are separated by a space instead. */
const LINE_ENDS = new Set(['paragraph_close', 'heading_close', 'tr_close', 'code_block', 'fence', 'hr']);

/**
 * The words of a parsed post, one block per line, for search and notification previews. Images
 * count by their description and mentions as "@Name". Not escaped: it is text, not HTML.
 */
export function plainTextOf(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'inline') text += inlineText(token.children ?? []);
    else if (token.type === 'code_block' || token.type === 'fence') text += token.content;
    if (token.type === 'th_close' || token.type === 'td_close') text += ' ';
    if (LINE_ENDS.has(token.type)) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The text of inline tokens (a paragraph, a heading, an image's description). */
export function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content;
        case 'mention':
          return `@${mentionOf(token).name}`;
        case 'image':
          return inlineText(token.children ?? []);
        case 'softbreak':
        case 'hardbreak':
          return '\n';
        default:
          return '';
      }
    })
    .join('');
}
