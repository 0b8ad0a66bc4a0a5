import { MENTION_PATTERN } from '@commonroom/contracts';
import type MarkdownIt from 'markdown-it';
import { IS_UUID, LINK_REL } from './content-policy';

/** What a `mention` token carries: the id, and the name to show (the typed label until cooking sets it). */
export interface MentionMeta {
  userId: string;
  name: string;
}

export const mentionOf = (token: MarkdownIt.Token): MentionMeta => token.meta as unknown as MentionMeta;

/** The contracts' pattern, anchored where the parser stands (sticky) instead of searching ahead. */
const MENTION_AT = new RegExp(MENTION_PATTERN.source, 'y');

/**
 * `@[Display Name](mention:<user id>)`, as the composer writes it, becomes a `mention` token
 * rendered as a link to the person. The typed name is only a label: `cookMarkdown` replaces it
 * with the person's current name, or turns the token into text when the id names nobody. It runs
 * before the link rule, which would otherwise see `[Display Name](mention:…)` as a link with an
 * unknown scheme. Anything that is not exactly
 * this shape (a malformed id, a link label around it) is left to the other rules as text.
 */
function mention(state: MarkdownIt.StateInline, silent: boolean): boolean {
  // 0x40 is "@"; no mention inside a link's text, where it would nest one link in another.
  if (state.src.charCodeAt(state.pos) !== 0x40 || state.linkLevel > 0) return false;
  MENTION_AT.lastIndex = state.pos;
  const [whole, name, userId] = MENTION_AT.exec(state.src) ?? [];
  if (!whole || !name || !userId || !IS_UUID.test(userId) || state.pos + whole.length > state.posMax) return false;
  if (!silent) state.push('mention', 'a', 0).meta = { userId, name } satisfies MentionMeta;
  state.pos += whole.length;
  return true;
}

export function mentionPlugin(md: MarkdownIt.MarkdownIt): void {
  md.inline.ruler.before('link', 'mention', mention);
  md.renderer.rules.mention = (tokens, idx) => {
    const { userId, name } = mentionOf(tokens[idx]!);
    return `<a class="mention" href="/people/${userId}" data-user-id="${userId}" rel="${LINK_REL}">@${md.utils.escapeHtml(name)}</a>`;
  };
}
