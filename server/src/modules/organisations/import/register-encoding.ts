import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { Transform, type TransformCallback } from 'node:stream';

/** The encodings the DfE register is seen in: its downloads are Windows-1252; re-saved copies are often UTF-8. */
export type RegisterEncoding = 'utf-8' | 'windows-1252';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A byte stream → UTF-8 byte stream that works out the source encoding as it goes, so a file of
 * any size is never held in memory. A BOM means UTF-8. Otherwise, while every byte is ASCII both
 * encodings agree and bytes pass through; at the first non-ASCII byte, text that is valid UTF-8
 * is UTF-8 (Windows-1252 text almost never is), anything else is Windows-1252 and is transcoded.
 */
export class RegisterTextDecoder extends Transform {
  private chosen: RegisterEncoding | undefined;
  private transcoder: TextDecoder | undefined;
  private atStart = true;
  private held: Buffer | undefined;

  constructor(encoding: RegisterEncoding | 'auto' = 'auto') {
    super();
    if (encoding !== 'auto') this.choose(encoding);
  }

  /** The encoding chosen so far; undefined while everything read has been ASCII. */
  get encoding(): RegisterEncoding | undefined {
    return this.chosen;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let bytes = this.held ? Buffer.concat([this.held, chunk]) : chunk;
    this.held = undefined;
    if (this.atStart) {
      this.atStart = false;
      if (bytes.subarray(0, 3).equals(UTF8_BOM)) {
        bytes = bytes.subarray(3);
        this.chosen ??= 'utf-8';
      }
    }
    if (!this.chosen && !isAscii(bytes)) {
      let first = 0;
      while (bytes[first]! <= 0x7f) first++;
      if (bytes.length - first < 4) {
        // Too few bytes to judge a multi-byte sequence: hold them back until the next chunk.
        this.held = bytes.subarray(first);
        bytes = bytes.subarray(0, first);
      } else {
        this.choose(isUtf8Prefix(bytes.subarray(first)) ? 'utf-8' : 'windows-1252');
      }
    }
    callback(null, this.transcoder ? Buffer.from(this.transcoder.decode(bytes, { stream: true }), 'utf8') : bytes);
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.held ?? Buffer.alloc(0);
    if (this.held) this.choose(isUtf8Prefix(this.held, { complete: true }) ? 'utf-8' : 'windows-1252');
    callback(null, this.transcoder ? Buffer.from(this.transcoder.decode(rest), 'utf8') : rest);
  }

  private choose(encoding: RegisterEncoding): void {
    this.chosen = encoding;
    if (encoding === 'windows-1252') this.transcoder = new TextDecoder('windows-1252');
  }
}

/** True when the bytes are valid UTF-8, allowing a sequence cut off at the end unless `complete`. */
function isUtf8Prefix(bytes: Buffer, { complete = false } = {}): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}
