import { conversationExcerpt } from './conversation-excerpt';

describe('conversationExcerpt', () => {
  it('shows a mention as the name typed, not its markup', () => {
    expect(conversationExcerpt('Thanks @[Priya Nair](mention:0b6c2f0e-8d8f-4a57-9d3b-6f1f7c9e2a11)!')).toBe(
      'Thanks @Priya Nair!',
    );
  });

  it('keeps the words of links and drops emphasis, headings and line breaks', () => {
    expect(conversationExcerpt('# Plan\n\n**Read** [the guide](https://example.org/guide) _today_')).toBe(
      'Plan Read the guide today',
    );
  });

  it('cuts a long message at a word and marks the cut', () => {
    const excerpt = conversationExcerpt('word '.repeat(100), 20);
    expect(excerpt).toBe('word word word word…');
    expect(excerpt.length).toBeLessThanOrEqual(21);
  });

  it('leaves a short message whole', () => {
    expect(conversationExcerpt('See you at 4')).toBe('See you at 4');
  });
});
