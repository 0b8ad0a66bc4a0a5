import { formatGiasSummary, formatProgress } from './import-console';
import type { GiasImportReport } from './import-report';

const report = (errors: number): GiasImportReport => ({
  encoding: 'windows-1252',
  rowsRead: 51234,
  inserted: 50000,
  updated: 1000,
  unchanged: 234 - errors,
  errors: Array.from({ length: errors }, (_, i) => ({
    line: i + 2,
    urn: i === 0 ? null : String(100000 + i),
    reason: 'The URN is missing.',
  })),
  warnings: [],
  elapsedMs: 12345,
  rowsPerSecond: 4150,
});

describe('import console output', () => {
  // bench/organisations/import.mjs reads this line: change both together.
  it('sums an import up in one line', () => {
    expect(formatGiasSummary(report(0), { file: 'edubasealldata.csv', peakRssMb: 180 })).toBe(
      'Imported edubasealldata.csv (windows-1252) in 12.3 s: 51,234 rows read, 50,000 new, 1,000 updated, 234 unchanged, 0 errors, 0 warnings (4,150 rows/s, peak RSS 180 MB).\n',
    );
  });

  it('lists the first ten issues, then says how to get them all', () => {
    const lines = formatGiasSummary(report(12), { file: 'f.csv' }).trimEnd().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toBe('  line 2, error: The URN is missing.');
    expect(lines[2]).toBe('  line 3 (URN 100001), error: The URN is missing.');
    expect(lines[11]).toBe('  … and 2 more: add --errors <file.csv> to write them all.');
  });

  it('points to the error file instead when there is one', () => {
    expect(formatGiasSummary(report(3), { file: 'f.csv', issuesFile: 'out.csv' })).toContain(
      '\nErrors and warnings, one per line, are in out.csv.\n',
    );
  });

  it('prints progress with thousands separators', () => {
    expect(
      formatProgress({
        rowsRead: 12000,
        inserted: 11950,
        updated: 0,
        unchanged: 0,
        errors: 1,
        elapsedMs: 3000,
        rowsPerSecond: 4000,
        done: false,
      }),
    ).toBe('12,000 rows read · 11,950 new · 0 updated · 0 unchanged · 1 error · 4,000 rows/s\n');
  });
});
