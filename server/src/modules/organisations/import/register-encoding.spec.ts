import { Readable } from 'node:stream';
import { RegisterTextDecoder } from './register-encoding';

describe('RegisterTextDecoder', () => {
  it('keeps a UTF-8 character split across two chunks whole', async () => {
    const bytes = Buffer.from('École', 'utf8');
    const decoded = await Readable.from([bytes.subarray(0, 1), bytes.subarray(1)])
      .pipe(new RegisterTextDecoder())
      .toArray();
    expect(Buffer.concat(decoded).toString('utf8')).toBe('École');
  });

  it('does not take a Windows-1252 accent cut off at the end of a chunk for the start of UTF-8', async () => {
    const text = 'URN\r\nCaf\u00e9\r\n';
    for (const cut of [text.indexOf('\u00e9'), text.indexOf('\u00e9') + 1, text.length]) {
      const bytes = Buffer.from(text, 'latin1');
      const decoder = new RegisterTextDecoder();
      const decoded = await Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)].filter((b) => b.length > 0))
        .pipe(decoder)
        .toArray();
      expect(Buffer.concat(decoded).toString('utf8')).toBe(text);
      expect(decoder.encoding).toBe('windows-1252');
    }
  });

  it('transcodes Windows-1252 when told to, even when it would pass for UTF-8', async () => {
    const decoded = await Readable.from([Buffer.from([0xc3, 0xa9])])
      .pipe(new RegisterTextDecoder('windows-1252'))
      .toArray();
    expect(Buffer.concat(decoded).toString('utf8')).toBe('Ã©');
  });
});
