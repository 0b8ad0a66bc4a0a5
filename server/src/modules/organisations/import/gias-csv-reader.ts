import { stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { GIAS_COLUMNS, REQUIRED_GIAS_FIELDS, type GiasField, type GiasRow } from './gias-row';
import { RegisterTextDecoder, type RegisterEncoding } from './register-encoding';

/** The file as a whole cannot be imported (unreadable, empty, or not the register's download). */
export class GiasFileError extends Error {
  override name = 'GiasFileError';
}

/** Throws GiasFileError unless `path` is a readable file: checked before any work starts. */
export async function assertReadableFile(path: string): Promise<void> {
  const file = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new GiasFileError(
      `Cannot read ${path}: ${error.code === 'ENOENT' ? 'there is no such file' : error.message}.`,
      { cause: error },
    );
  });
  if (!file.isFile()) throw new GiasFileError(`Cannot read ${path}: it is not a file.`);
}

/** A data row's values, or why the row could not even be read; `line` is where the row starts. */
export type ReadRow = { line: number; row: GiasRow } | { line: number; urn: string | null; problem: string };

const FIELDS = Object.keys(GIAS_COLUMNS) as GiasField[];

/**
 * Streams the register's CSV row by row: decoded (UTF-8 or Windows-1252, see
 * RegisterTextDecoder), parsed by csv-parse, header checked, each row reduced to the columns the
 * import reads. A malformed row becomes a problem and reading goes on; only a file that cannot
 * be read, or whose header lacks the required columns, throws GiasFileError.
 */
export class GiasCsvReader {
  private readonly decoder: RegisterTextDecoder;

  constructor(
    private readonly source: Readable,
    encoding: RegisterEncoding | 'auto' = 'auto',
  ) {
    this.decoder = new RegisterTextDecoder(encoding);
  }

  /** The encoding detected; UTF-8 when every byte was ASCII (the two agree there). */
  get encoding(): RegisterEncoding {
    return this.decoder.encoding ?? 'utf-8';
  }

  async *rows(): AsyncGenerator<ReadRow> {
    const skipped: ReadRow[] = [];
    const parser = parse({
      info: true,
      raw: true,
      // A stray quote inside a value is kept as text (a name mistyped as O"Brien); only a
      // quote never closed loses rows, and it is reported.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error, raw) =>
        void skipped.push({
          line: startLine(Number(error?.lines ?? 0), raw ?? ''),
          urn: null,
          problem: describeCsvError(error),
        }),
    });
    const records: AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }> = pipeline(
      this.source,
      this.decoder,
      parser,
      () => undefined,
    );
    let columns: Map<GiasField, number> | undefined;
    let width = 0;
    try {
      for await (const { record, raw, info } of records) {
        const line = startLine(info.lines, raw);
        // The parser reports a skipped row as soon as it meets it, perhaps ahead of rows it has buffered.
        while (skipped.length > 0 && skipped[0]!.line < line) yield skipped.shift()!;
        if (!columns) {
          columns = headerColumns(record);
          width = record.length;
          continue;
        }
        const row = Object.fromEntries(
          FIELDS.map((field) => [field, record[columns!.get(field) ?? -1] ?? '']),
        ) as GiasRow;
        if (record.length !== width) {
          yield {
            line,
            urn: row.urn.trim() || null,
            problem: `This row has ${record.length} values but the header has ${width} columns.`,
          };
        } else {
          yield { line, row };
        }
      }
    } catch (error) {
      if (error instanceof GiasFileError) throw error;
      throw new GiasFileError(`The file could not be read: ${(error as Error).message}`, { cause: error });
    }
    yield* skipped.splice(0);
    if (!columns) throw new GiasFileError('The file is empty: it has no header row.');
  }
}

function headerColumns(header: string[]): Map<GiasField, number> {
  const positions = new Map(header.map((name, index) => [name.replace(/^\uFEFF/, '').trim(), index]));
  const missing = REQUIRED_GIAS_FIELDS.filter((field) => !positions.has(GIAS_COLUMNS[field]));
  if (missing.length > 0) {
    const names = missing.map((field) => `"${GIAS_COLUMNS[field]}"`).join(', ');
    throw new GiasFileError(
      `The header has no ${names} column, so this is not the register's establishment download (edubasealldata*.csv).`,
    );
  }
  const columns = new Map<GiasField, number>();
  for (const field of FIELDS) {
    const index = positions.get(GIAS_COLUMNS[field]);
    if (index !== undefined) columns.set(field, index);
  }
  return columns;
}

/** csv-parse reports the line a record ends on; a quoted value may span lines, so count back. */
function startLine(endLine: number, raw: string): number {
  let newlines = 0;
  // The raw text starts with any empty lines skipped before it, and ends with its own line break.
  const text = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines++;
  return endLine - newlines;
}

function describeCsvError(error: CsvError | undefined): string {
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'A quoted value that starts on this line is never closed, so the rest of the file could not be read.';
    default:
      return `The row is not valid CSV${error ? ` (${error.message})` : ''}.`;
  }
}
