import { MENTION_PATTERN, mentionToken, type PersonRef } from '@commonroom/contracts';

/**
 * The text box shows a mention as "@Priya Nair"; the stored Markdown keeps `@[Priya Nair](mention:<id>)`, which the
 * server cooks into a link. The composer keeps the people behind the names it shows here, keyed by the name.
 */
export type KnownMentions = Map<string, PersonRef>;

/** The name a mention shows: the display name without square brackets (as in its token). */
export const mentionLabel = (person: PersonRef) => person.displayName.replace(/[[\]]/g, '');

/** Stored Markdown → what the text box shows: each mention token as "@Name", remembered in `known`. */
export function showMentions(raw: string, known: KnownMentions): string {
  return raw.replace(new RegExp(MENTION_PATTERN.source, 'g'), (_token, label: string, id: string) => {
    known.set(label, { id, displayName: label });
    return `@${label}`;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What the text box shows → stored Markdown: each "@Name" the composer knows, standing on its own (after a space, a
 * bracket or at the start, not followed by more letters), becomes its token again. Other "@words" stay as typed.
 */
export function storeMentions(text: string, known: KnownMentions): string {
  if (known.size === 0) return text;
  const names = [...known.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(^|[\\s(])@(${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (_match, lead: string, name: string) => `${lead}${mentionToken(known.get(name)!)}`);
}

/** Whether a name being typed after "@" is one already chosen (and the person typed on past it). */
export function isKnownMention(query: string, known: KnownMentions): boolean {
  return [...known.keys()].some((name) => query === name || query.startsWith(`${name} `));
}
