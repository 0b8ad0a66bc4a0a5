import { oneEditApart, titlePrefixQuery } from './query-text';

describe('oneEditApart', () => {
  it.each([
    ['phsyics', 'physics', 'two neighbours swapped'],
    ['phyics', 'physics', 'a letter dropped'],
    ['physicss', 'physics', 'a letter added'],
    ['phisics', 'physics', 'a letter changed'],
  ])('accepts %s for %s (%s)', (typed, word) => {
    expect(oneEditApart(typed, word)).toBe(true);
  });

  it.each([
    ['physics', 'physics'],
    ['pyhsisc', 'physics'],
    ['phonics', 'physics'],
    ['phys', 'physics'],
  ])('refuses %s for %s', (typed, word) => {
    expect(oneEditApart(typed, word)).toBe(false);
  });
});

describe('titlePrefixQuery', () => {
  it('matches every word as a prefix, as typed or corrected', () => {
    expect(titlePrefixQuery({ typed: ['phon'], words: ['phon'], correctedText: null })).toBe('phon:*');
    expect(
      titlePrefixQuery({ typed: ['phsyics', 'lab'], words: ['physics', 'lab'], correctedText: 'physics lab' }),
    ).toBe('(phsyics:* & lab:*) | (physics:* & lab:*)');
    expect(titlePrefixQuery({ typed: [], words: [], correctedText: null })).toBe('');
  });
});
