import { slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('makes readable URL slugs from organisation names', () => {
    expect(slugify("St Botolph's CE Primary School")).toBe('st-botolphs-ce-primary-school');
    expect(slugify('St Aidan’s Catholic High School')).toBe('st-aidans-catholic-high-school');
    expect(slugify('Sandpiper Nursery & Infant School')).toBe('sandpiper-nursery-and-infant-school');
    expect(slugify('  École Française -- Londres  ')).toBe('ecole-francaise-londres');
  });

  it('never exceeds 80 characters', () => {
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it('numbers a slug that is taken, and never uses a word that is a route', () => {
    expect(uniqueSlug('Maths Mentors', new Set(['maths-mentors', 'maths-mentors-2']))).toBe('maths-mentors-3');
    expect(uniqueSlug('New', new Set())).toBe('new-2');
    expect(uniqueSlug('Overview', new Set())).toBe('overview-2');
    expect(uniqueSlug('!!!', new Set())).toBe('untitled');
  });
});
