import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A received file waiting for a decision: on local disk, hashed and counted. */
export interface StagedFile {
  /** A local path, so the type can be read from the bytes before the file is kept. */
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

/**
 * Where the bytes of uploads live. The database row is the truth about a file; storage only
 * holds bytes under a key. Local disk today; an S3 adapter would stage locally the same way and
 * put the object in `keep`.
 */
export abstract class UploadStorage {
  /** Streams a file to a staging place while hashing and counting it; never holds it in memory. */
  abstract stage(source: Readable, observe: (chunk: Buffer) => void): Promise<StagedFile>;
  /** Keeps a staged file for good and answers its storage key. Identical files share one copy. */
  abstract keep(staged: StagedFile): Promise<string>;
  /** Forgets a staged file that was refused (harmless after `keep`). */
  abstract discard(staged: StagedFile): Promise<void>;
  /** The kept bytes, or an error when they are missing. */
  abstract open(key: string): Promise<{ stream: Readable; size: number }>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/**
 * Files on local disk, content-addressed: `<root>/ab/cd/<sha256>`. Staging happens in
 * `<root>/.staging` on the same disk, so keeping a file is one atomic rename.
 */
export class LocalUploadStorage extends UploadStorage {
  private readonly staging: string;

  constructor(private readonly root: string) {
    super();
    this.staging = join(root, '.staging');
  }

  async stage(source: Readable, observe: (chunk: Buffer) => void): Promise<StagedFile> {
    await mkdir(this.staging, { recursive: true, mode: 0o700 });
    const path = join(this.staging, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        observe(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      await rm(path, { force: true });
      throw error;
    }
    return { path, sha256: hash.digest('hex'), size };
  }

  async keep(staged: StagedFile): Promise<string> {
    const key = `${staged.sha256.slice(0, 2)}/${staged.sha256.slice(2, 4)}/${staged.sha256}`;
    const target = join(this.root, key);
    if (await exists(target)) {
      await this.discard(staged);
      return key;
    }
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    // Two people sending the same file at once both rename identical bytes onto one name: fine.
    await rename(staged.path, target);
    return key;
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(staged.path, { force: true });
  }

  async open(key: string): Promise<{ stream: Readable; size: number }> {
    if (!KEY.test(key)) throw new Error(`Not a local upload key: ${key}`);
    const handle = await open(join(this.root, key), 'r');
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
