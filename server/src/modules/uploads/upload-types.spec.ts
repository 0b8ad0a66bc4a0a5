import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLES } from '../../../test/fixtures/upload-samples';
import { acceptedTypeOf, isInlineImage, storedName, TextSniffer } from './upload-types';

describe('the upload type check', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'upload-types-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Runs the check as the service does: bytes streamed past the sniffer in chunks, then read from disk. */
  async function typeOf(bytes: Buffer, name: string, chunkSize = 7): Promise<string | undefined> {
    const path = join(dir, `${crypto.randomUUID()}`);
    await writeFile(path, bytes);
    const sniffer = new TextSniffer();
    for (let i = 0; i < bytes.length; i += chunkSize) sniffer.push(bytes.subarray(i, i + chunkSize));
    return (await acceptedTypeOf({ path, name, plainText: sniffer.isPlainText() }))?.contentType;
  }

  it.each([
    ['png', 'photo.png', 'image/png'],
    ['jpeg', 'photo.jpg', 'image/jpeg'],
    ['gif', 'wave.gif', 'image/gif'],
    ['webp', 'photo.webp', 'image/webp'],
    ['pdf', 'plan.pdf', 'application/pdf'],
    ['docx', 'plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', 'marks.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['pptx', 'lesson.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['text', 'reading.txt', 'text/plain'],
    ['csv', 'scores.csv', 'text/csv'],
  ] as const)('accepts a %s file as %s by its bytes', async (sample, name, expected) => {
    await expect(typeOf(SAMPLES[sample], name)).resolves.toBe(expected);
  });

  it('decides by the bytes, not the name: a PNG called .pdf is a PNG', async () => {
    await expect(typeOf(SAMPLES.png, 'scan.pdf')).resolves.toBe('image/png');
  });

  it.each([
    ['an HTML page renamed .png', SAMPLES.html, 'cat.png'],
    ['an HTML page renamed .txt', SAMPLES.html, 'notes.txt'],
    ['an SVG picture', SAMPLES.svg, 'logo.svg'],
    ['an SVG with an XML prolog, renamed .txt', SAMPLES.xmlSvg, 'logo.txt'],
    ['a Windows program renamed .pdf', SAMPLES.exe, 'setup.pdf'],
    ['a zip that is not an Office file', SAMPLES.zip, 'work.docx'],
    ['plain text with a name that is not .txt or .csv', SAMPLES.text, 'reading.png'],
    ['text with a NUL byte', Buffer.from('abc\0def'), 'data.txt'],
    ['bytes that are not UTF-8', Buffer.from([0x68, 0x69, 0xc3, 0x28, 0x0a]), 'data.csv'],
    ['only white space', Buffer.from(' \n\t\n'), 'blank.txt'],
  ])('refuses %s', async (_what, bytes, name) => {
    await expect(typeOf(bytes, name)).resolves.toBeUndefined();
  });

  it('accepts UTF-8 text even when a character is split across chunks', async () => {
    await expect(typeOf(Buffer.from('Élève, café, naïve — ✓\n'), 'words.txt', 1)).resolves.toBe('text/plain');
  });

  it('shows pictures inline and nothing else', () => {
    expect(
      ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'image/svg+xml'].filter(
        isInlineImage,
      ),
    ).toEqual(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
  });
});

describe('storedName', () => {
  const png = { contentType: 'image/png', extensions: ['png'], isImage: true } as const;

  it('keeps the last path segment without control characters', () => {
    expect(storedName('C:\\Users\\sam\\class\u0007photo.png', png)).toBe('classphoto.png');
  });

  it('adds the real extension when the name does not have one of its extensions', () => {
    expect(storedName('board.pdf', png)).toBe('board.pdf.png');
    expect(storedName('', png)).toBe('attachment.png');
  });

  it('keeps names to 200 characters, extension included', () => {
    const name = storedName(`${'é'.repeat(300)}.jpeg`, png);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('.png')).toBe(true);
  });
});
