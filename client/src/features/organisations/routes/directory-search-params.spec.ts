import { describe, expect, it } from 'vitest';
import { directoryHref, hasActiveFilters, parseDirectoryFilters } from './directory-search-params';

describe('parseDirectoryFilters', () => {
  it('reads known filter values and the page', () => {
    const filters = parseDirectoryFilters(
      new URLSearchParams('kind=scitt&region=north_west&phase=primary&q=%20Oak%20&page=3'),
    );
    expect(filters).toEqual({ kind: 'scitt', region: 'north_west', phase: 'primary', q: 'Oak', page: 3 });
  });

  it('drops values that are not in the taxonomies and pages that are not positive whole numbers', () => {
    const filters = parseDirectoryFilters(new URLSearchParams('kind=castle&region=&phase=PRIMARY&page=1.5x'));
    expect(filters).toEqual({ kind: undefined, region: undefined, phase: undefined, q: undefined, page: 1 });
    expect(hasActiveFilters(filters)).toBe(false);
  });
});

describe('directoryHref', () => {
  it('links to the directory with only the filters given, page 1 left implicit', () => {
    expect(directoryHref({ kind: 'hei', region: 'london', page: 1 })).toBe('/organisations?kind=hei&region=london');
    expect(directoryHref({})).toBe('/organisations');
  });
});
