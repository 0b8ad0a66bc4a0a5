import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { RegisterEncoding } from './register-encoding';

/** A row the import skipped (an error) or imported with a change (a warning), in plain English. */
export interface RowIssue {
  /** The line of the file the row starts on (the header is line 1). */
  line: number;
  urn: string | null;
  reason: string;
}

export interface ImportCounts {
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: number;
}

export interface ImportProgress extends ImportCounts {
  elapsedMs: number;
  rowsPerSecond: number;
  /** True on the last report, when the file has been read to the end. */
  done: boolean;
}

export interface GiasImportReport {
  encoding: RegisterEncoding;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not imported, and why. */
  errors: RowIssue[];
  /** Rows imported with something left out, and why. */
  warnings: RowIssue[];
  elapsedMs: number;
  rowsPerSecond: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

/** Keeps the running counts and reports them at most once per interval, plus once at the end. */
export class ImportProgressTracker {
  readonly counts: ImportCounts = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, errors: 0 };
  private readonly started = performance.now();
  private lastReported = this.started;

  constructor(
    private readonly listener: ProgressListener | undefined,
    private readonly intervalMs = 1000,
  ) {}

  /** Reports if the interval has passed since the last report. */
  tick(): void {
    if (!this.listener) return;
    const now = performance.now();
    if (now - this.lastReported < this.intervalMs) return;
    this.lastReported = now;
    this.listener(this.snapshot(false));
  }

  /** The final report, which the listener always receives. */
  finish(): ImportProgress {
    const progress = this.snapshot(true);
    this.listener?.(progress);
    return progress;
  }

  private snapshot(done: boolean): ImportProgress {
    const elapsedMs = Math.round(performance.now() - this.started);
    return {
      ...this.counts,
      elapsedMs,
      rowsPerSecond: Math.round((this.counts.rowsRead * 1000) / Math.max(elapsedMs, 1)),
      done,
    };
  }
}

/** Writes the errors and warnings as CSV (line, urn, severity, reason), in file order. */
export async function writeIssueReport(
  report: Pick<GiasImportReport, 'errors' | 'warnings'>,
  path: string,
): Promise<void> {
  const rows = [
    ...report.errors.map((issue) => ({ ...issue, severity: 'error' })),
    ...report.warnings.map((issue) => ({ ...issue, severity: 'warning' })),
  ].sort((a, b) => a.line - b.line);
  await pipeline(
    Readable.from(rows),
    stringify({ header: true, columns: ['line', 'urn', 'severity', 'reason'] }),
    createWriteStream(path),
  );
}
