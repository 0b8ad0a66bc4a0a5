import { mentionToken } from '@commonroom/contracts';
import { describe, expect, it } from 'vitest';
import { showMentions, storeMentions, type KnownMentions } from './mention-display';

const priya = { id: '6f1c8a63-2d4b-4f7e-9a53-0d1e2f3a4b5c', displayName: 'Priya Nair' };
const pri = { id: '0a1b2c3d-2d4b-4f7e-9a53-0d1e2f3a4b5c', displayName: 'Pri' };

describe('mentions in the text box', () => {
  it('shows tokens as @Name and turns them back into the same tokens', () => {
    const known: KnownMentions = new Map();
    const raw = `Thanks ${mentionToken(priya)}, and (${mentionToken(pri)}) too`;
    const shown = showMentions(raw, known);
    expect(shown).toBe('Thanks @Priya Nair, and (@Pri) too');
    expect(storeMentions(shown, known)).toBe(raw);
  });

  it('leaves other @words, email addresses and longer names alone', () => {
    const known: KnownMentions = new Map([['Pri', pri]]);
    expect(storeMentions('@Prisha wrote to pri@school.example and @Pri.', known)).toBe(
      `@Prisha wrote to pri@school.example and ${mentionToken(pri)}.`,
    );
  });
});
