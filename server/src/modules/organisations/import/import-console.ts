import type { LocalAuthorityImportReport } from './organisation-import.service';
import type { GiasImportReport, ImportProgress } from './import-report';

const number = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;
/** How many issues the summary lists before pointing to --errors. */
const LISTED_ISSUES = 10;

/** One line per progress report, for a terminal or a log. */
export function formatProgress(p: ImportProgress): string {
  return `${number(p.rowsRead)} rows read · ${number(p.inserted)} new · ${number(p.updated)} updated · ${number(p.unchanged)} unchanged · ${plural(p.errors, 'error')} · ${number(p.rowsPerSecond)} rows/s\n`;
}

/** The closing summary of a register import: totals, then the first issues or where they were written. */
export function formatGiasSummary(
  report: GiasImportReport,
  options: { file: string; issuesFile?: string; peakRssMb?: number },
): string {
  const lines = [
    `Imported ${options.file} (${report.encoding}) in ${(report.elapsedMs / 1000).toFixed(1)} s: ${number(report.rowsRead)} rows read, ` +
      `${number(report.inserted)} new, ${number(report.updated)} updated, ${number(report.unchanged)} unchanged, ` +
      `${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')} (${number(report.rowsPerSecond)} rows/s` +
      `${options.peakRssMb === undefined ? '' : `, peak RSS ${options.peakRssMb} MB`}).`,
  ];
  const issues = [
    ...report.errors.map((i) => ({ ...i, kind: 'error' })),
    ...report.warnings.map((i) => ({ ...i, kind: 'warning' })),
  ].sort((a, b) => a.line - b.line);
  if (options.issuesFile) {
    if (issues.length > 0) lines.push(`Errors and warnings, one per line, are in ${options.issuesFile}.`);
  } else {
    for (const issue of issues.slice(0, LISTED_ISSUES))
      lines.push(`  line ${issue.line}${issue.urn ? ` (URN ${issue.urn})` : ''}, ${issue.kind}: ${issue.reason}`);
    if (issues.length > LISTED_ISSUES)
      lines.push(`  … and ${number(issues.length - LISTED_ISSUES)} more: add --errors <file.csv> to write them all.`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatLocalAuthoritySummary(report: LocalAuthorityImportReport): string {
  return `Local authorities: ${number(report.inserted)} new, ${number(report.updated)} updated, ${number(report.unchanged)} unchanged.\n`;
}
