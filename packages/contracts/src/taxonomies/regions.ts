import { termIdSchema, type Term } from './define.js';

export interface RegionTerm extends Term {
  /** ONS region code (ITL1), as used in the DfE register's "GOR" column. */
  readonly onsCode: string;
}

/** The nine regions of England. */
export const REGIONS = [
  { id: 'north_east', label: 'North East', onsCode: 'E12000001' },
  { id: 'north_west', label: 'North West', onsCode: 'E12000002' },
  { id: 'yorkshire_and_the_humber', label: 'Yorkshire and the Humber', onsCode: 'E12000003' },
  { id: 'east_midlands', label: 'East Midlands', onsCode: 'E12000004' },
  { id: 'west_midlands', label: 'West Midlands', onsCode: 'E12000005' },
  { id: 'east_of_england', label: 'East of England', onsCode: 'E12000006' },
  { id: 'london', label: 'London', onsCode: 'E12000007' },
  { id: 'south_east', label: 'South East', onsCode: 'E12000008' },
  { id: 'south_west', label: 'South West', onsCode: 'E12000009' },
] as const satisfies readonly RegionTerm[];

export type Region = (typeof REGIONS)[number]['id'];
export const regionSchema = termIdSchema(REGIONS);
