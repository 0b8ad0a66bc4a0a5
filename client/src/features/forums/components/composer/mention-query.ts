import type { PersonRef } from '@commonroom/contracts';
import { replaceSelection, type TextEdit } from './markdown-format';
import { mentionLabel } from './mention-display';

/** "@" then up to three words of a name, right before the caret, at the start or after a space. */
const MENTION_BEFORE_CARET = /(?:^|[\s(])@([\p{L}\p{N}'’.-]+(?: [\p{L}\p{N}'’.-]+){0,2})$/u;

export interface MentionQuery {
  /** What follows the "@", sent to the suggestions route. */
  text: string;
  /** Where the "@" is, so choosing a person replaces "@text" with the mention. */
  start: number;
}

/** The name being typed after "@" at the caret, if any (never inside a finished mention). */
export function findMentionQuery(value: string, caret: number): MentionQuery | null {
  const match = MENTION_BEFORE_CARET.exec(value.slice(0, caret));
  if (!match?.[1]) return null;
  return { text: match[1], start: caret - match[1].length - 1 };
}

/** Replaces "@text" with "@Name" and a space, the caret after it; the composer keeps who the name stands for. */
export function insertMention(edit: TextEdit, query: MentionQuery, person: PersonRef): TextEdit {
  return replaceSelection(
    { ...edit, selectionStart: query.start, selectionEnd: edit.selectionEnd },
    `@${mentionLabel(person)} `,
  );
}
