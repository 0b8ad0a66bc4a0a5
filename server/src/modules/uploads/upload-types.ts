import { fileTypeFromFile } from 'file-type';

/** A type Commonroom accepts, as found in a file's bytes. */
export interface AcceptedType {
  contentType: string;
  /** The usual extensions; the first is added to a name that has none of them. */
  extensions: readonly string[];
  /** Shown inline in posts; everything else is offered as a download. */
  isImage: boolean;
}

const image = (contentType: string, ...extensions: string[]): AcceptedType => ({
  contentType,
  extensions,
  isImage: true,
});
const document = (contentType: string, ...extensions: string[]): AcceptedType => ({
  contentType,
  extensions,
  isImage: false,
});

/**
 * What `file-type` can recognise by its magic numbers and we are willing to serve. No SVG (it can
 * carry scripts), no HTML, no archives or programs. Old binary Office files (.doc, .xls) are not
 * here: they look like any other OLE container and have carried macros for decades.
 */
const BY_BYTES: readonly AcceptedType[] = [
  image('image/jpeg', 'jpg', 'jpeg'),
  image('image/png', 'png'),
  // An animated PNG is still a PNG to every browser.
  image('image/apng', 'png', 'apng'),
  image('image/gif', 'gif'),
  image('image/webp', 'webp'),
  document('application/pdf', 'pdf'),
  document('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'),
  document('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'),
  document('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'),
];

/**
 * Plain text has no magic number, so it is accepted only when the name asks for it (.txt, .csv)
 * and the bytes agree: valid UTF-8, no control characters but tab and line breaks, and not
 * starting with `<` (so HTML, SVG and XML cannot come in as "text").
 */
const TEXT: readonly AcceptedType[] = [document('text/plain', 'txt'), document('text/csv', 'csv')];

/** Every accepted content type, for the quota answer (and the client's file picker). */
export const ACCEPTED_CONTENT_TYPES: readonly string[] = [...new Set([...BY_BYTES, ...TEXT].map((t) => t.contentType))];

/** Whether a stored content type is one of the pictures shown inline in posts. */
export function isInlineImage(contentType: string): boolean {
  return BY_BYTES.some((t) => t.isImage && t.contentType === contentType);
}

/** A sentence a teacher can act on when a file is refused. */
export const ACCEPTED_TYPES_SENTENCE =
  'Attach pictures (JPEG, PNG, GIF, WebP), PDFs, Word, Excel or PowerPoint files (.docx, .xlsx, .pptx), or plain text (.txt, .csv).';

/**
 * Watches bytes as they stream past and remembers whether they could be plain text, so the
 * decision needs no second read of the file.
 */
export class TextSniffer {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private plain = true;
  private seenContent = false;
  private startsWithMarkup = false;

  push(chunk: Uint8Array): void {
    if (!this.plain) return;
    try {
      this.inspect(this.decoder.decode(chunk, { stream: true }));
    } catch {
      this.plain = false;
    }
  }

  /** True when every byte so far was plain UTF-8 text that does not open like markup. */
  isPlainText(): boolean {
    if (!this.plain) return false;
    try {
      this.inspect(this.decoder.decode());
    } catch {
      return false;
    }
    return this.plain && this.seenContent && !this.startsWithMarkup;
  }

  private inspect(text: string): void {
    // NUL and other C0 controls (but tab, line feed, form feed and carriage return) mean binary.
    if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) this.plain = false;
    if (this.seenContent) return;
    const first = text.replace(/^[\s\uFEFF]+/, '');
    if (first.length === 0) return;
    this.seenContent = true;
    this.startsWithMarkup = first.startsWith('<');
  }
}

/**
 * The accepted type of a received file, decided from its bytes (and, for plain text only, its
 * name as well); `undefined` when the file is not one we take. The browser's claimed type is
 * never consulted.
 */
export async function acceptedTypeOf(file: {
  path: string;
  name: string;
  plainText: boolean;
}): Promise<AcceptedType | undefined> {
  const detected = await fileTypeFromFile(file.path);
  if (detected) return BY_BYTES.find((t) => t.contentType === detected.mime);
  if (!file.plainText) return undefined;
  const extension = extensionOf(file.name);
  return TEXT.find((t) => t.extensions.includes(extension));
}

/**
 * The name to store: the last path segment the browser sent, without control characters, at
 * most 200 characters, ending in an extension that matches what the file really is.
 */
export function storedName(claimed: string, type: AcceptedType): string {
  const base = claimed.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001F\u007F]/g, '').trim() || 'attachment';
  const extension = type.extensions.includes(extensionOf(clean)) ? '' : `.${type.extensions[0]}`;
  return `${[...clean].slice(0, 200 - extension.length).join('')}${extension}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
