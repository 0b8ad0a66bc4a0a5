import { Readable } from 'node:stream';
import { GiasCsvReader, GiasFileError, type ReadRow } from './gias-csv-reader';

const HEADER = 'URN,LA (code),EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),SchoolWebsite';

/** Bytes in chunks of `chunkSize`, as a file stream would deliver them. */
function source(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

async function readAll(reader: GiasCsvReader): Promise<ReadRow[]> {
  const rows: ReadRow[] = [];
  for await (const row of reader.rows()) rows.push(row);
  return rows;
}

/** Windows-1252 bytes for text whose only non-ASCII characters are ’ (0x92) and Latin-1 letters. */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
}

describe('GiasCsvReader', () => {
  it('reads the columns it needs by header name, whatever their order, with the line each row starts on', async () => {
    const csv = `PhaseOfEducation (name),Extra,EstablishmentName,URN,TypeOfEstablishment (name)\nPrimary,x,"Old Granary\nSchool",990601,Community school\n\nSecondary,y,Hill School,990602,Academy converter\n`;
    const rows = await readAll(new GiasCsvReader(source(Buffer.from(csv))));
    expect(rows).toEqual([
      {
        line: 2,
        row: expect.objectContaining({
          urn: '990601',
          name: 'Old Granary\nSchool',
          phase: 'Primary',
          laCode: '',
          website: '',
        }),
      },
      { line: 5, row: expect.objectContaining({ urn: '990602', name: 'Hill School', type: 'Academy converter' }) },
    ]);
  });

  it('reports a row with the wrong number of values and carries on', async () => {
    const csv = `${HEADER}\n990601,991,Short School\n990602,991,Good School,Community school,Primary,\n`;
    const rows = await readAll(new GiasCsvReader(source(Buffer.from(csv))));
    expect(rows[0]).toEqual({ line: 2, urn: '990601', problem: 'This row has 3 values but the header has 6 columns.' });
    expect(rows[1]).toMatchObject({ line: 3, row: { urn: '990602' } });
  });

  it('keeps a stray quote as text, and reports a quote never closed at the line it opens', async () => {
    const csv = `${HEADER}\n990601,991,"Bad" O"Brien School,Community school,Primary,\n990602,991,"Never closed,Community school,Primary,\n990603,991,Lost School,Community school,Primary,\n`;
    const rows = await readAll(new GiasCsvReader(source(Buffer.from(csv))));
    expect(rows).toEqual([
      { line: 2, row: expect.objectContaining({ urn: '990601', name: '"Bad" O"Brien School' }) },
      {
        line: 3,
        urn: null,
        problem: 'A quoted value that starts on this line is never closed, so the rest of the file could not be read.',
      },
    ]);
  });

  it('refuses a file without a URN column, naming what is missing', async () => {
    const reader = new GiasCsvReader(source(Buffer.from('Name,Town\nOakfield,Fenmoor\n')));
    await expect(readAll(reader)).rejects.toThrow(
      new GiasFileError(
        `The header has no "URN", "EstablishmentName", "TypeOfEstablishment (name)", "PhaseOfEducation (name)" column, so this is not the register's establishment download (edubasealldata*.csv).`,
      ),
    );
  });

  it('refuses an empty file', async () => {
    await expect(readAll(new GiasCsvReader(source(Buffer.alloc(0))))).rejects.toThrow(
      'The file is empty: it has no header row.',
    );
  });

  it('reads Windows-1252, as the register publishes it, even when the first accent is far into the file', async () => {
    const filler = Array.from(
      { length: 2000 },
      (_, i) => `${990000 + i},991,School ${i},Community school,Primary,`,
    ).join('\r\n');
    const bytes = windows1252(
      `${HEADER}\r\n${filler}\r\n990999,991,St Aidan’s Café School,Community school,Primary,\r\n`,
    );
    const reader = new GiasCsvReader(source(bytes, 4096));
    const rows = await readAll(reader);
    expect(reader.encoding).toBe('windows-1252');
    expect(rows.at(-1)).toMatchObject({ row: { name: 'St Aidan’s Café School' } });
  });

  it('reads UTF-8 with or without a byte order mark', async () => {
    for (const prefix of ['\uFEFF', '']) {
      const reader = new GiasCsvReader(
        source(
          Buffer.from(`${prefix}${HEADER}\n990601,991,St Aidan’s Café School,Community school,Primary,\n`, 'utf8'),
        ),
      );
      const rows = await readAll(reader);
      expect(reader.encoding).toBe('utf-8');
      expect(rows).toEqual([
        { line: 2, row: expect.objectContaining({ urn: '990601', name: 'St Aidan’s Café School' }) },
      ]);
    }
  });
});
