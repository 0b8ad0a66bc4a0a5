import { describe, expect, it } from 'vitest';
import { LOCAL_AUTHORITIES, findLocalAuthority, localAuthorityCodeSchema, regionSchema, type Region } from './index.js';

describe('English local authorities', () => {
  it('lists each of the 153 authorities once, with a three-digit code and a known region', () => {
    expect(LOCAL_AUTHORITIES).toHaveLength(153);
    expect(new Set(LOCAL_AUTHORITIES.map((la) => la.code)).size).toBe(LOCAL_AUTHORITIES.length);
    expect(new Set(LOCAL_AUTHORITIES.map((la) => la.name)).size).toBe(LOCAL_AUTHORITIES.length);
    for (const la of LOCAL_AUTHORITIES) {
      expect(localAuthorityCodeSchema.safeParse(la.code).success).toBe(true);
      expect(regionSchema.safeParse(la.region).success).toBe(true);
    }
  });

  it('has the expected number of authorities in each region', () => {
    const counts: Partial<Record<Region, number>> = {};
    for (const la of LOCAL_AUTHORITIES) counts[la.region] = (counts[la.region] ?? 0) + 1;
    expect(counts).toEqual({
      north_east: 12,
      north_west: 24,
      yorkshire_and_the_humber: 15,
      east_midlands: 10,
      west_midlands: 14,
      east_of_england: 11,
      london: 33,
      south_east: 19,
      south_west: 15,
    });
  });

  it.each([
    ['873', 'Cambridgeshire', 'east_of_england'],
    ['202', 'Camden', 'london'],
    ['330', 'Birmingham', 'west_midlands'],
    ['815', 'North Yorkshire', 'yorkshire_and_the_humber'],
    ['942', 'Cumberland', 'north_west'],
    ['943', 'Westmorland and Furness', 'north_west'],
    ['933', 'Somerset', 'south_west'],
    ['839', 'Bournemouth, Christchurch and Poole', 'south_west'],
    ['940', 'North Northamptonshire', 'east_midlands'],
  ])('finds %s as %s in %s', (code, name, region) => {
    expect(findLocalAuthority(code)).toEqual({ code, name, region });
  });

  it('knows nothing of abolished or fictional codes, but accepts any three digits as a code', () => {
    for (const code of ['909', '928', '836', '991']) expect(findLocalAuthority(code)).toBeUndefined();
    expect(localAuthorityCodeSchema.safeParse('991').success).toBe(true);
    expect(localAuthorityCodeSchema.safeParse('87').success).toBe(false);
    expect(localAuthorityCodeSchema.safeParse('8730').success).toBe(false);
  });
});
