import { ErrorCode, PROFILE_PHOTO, UPLOAD_FIELD } from '@commonroom/contracts';
import { fileTypeFromBuffer } from 'file-type';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { DomainError } from '../../infrastructure/errors/domain-error';

/** A picture whose pixels would not fit in a phone photo's worth of memory is refused, not decoded. */
const MAX_INPUT_PIXELS = 50_000_000;
const KEY = /^[0-9a-f]{64}$/;

/**
 * Turns what a person sent into the only thing we keep: a square WebP of the configured size,
 * turned upright by its EXIF orientation, with every piece of metadata (EXIF, GPS, XMP, ICC
 * comments) dropped — sharp writes none unless asked. The type is decided by the bytes; the
 * browser's claim is never read.
 */
export async function reencodePhoto(bytes: Buffer): Promise<Buffer> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(PROFILE_PHOTO.types as readonly string[]).includes(detected.mime)) {
    throw photoIssue('Choose a photo in JPEG, PNG or WebP format.');
  }
  const size = PROFILE_PHOTO.sizePixels;
  try {
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .autoOrient()
      .resize(size, size, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw photoIssue('That photo could not be read. It may be damaged, or too large in pixels; try another.');
  }
}

export function photoIssue(message: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message, { issues: [{ path: `body.${UPLOAD_FIELD}`, message }] });
}

/**
 * Re-encoded profile photos on local disk, content-addressed: `<dir>/<sha256>.webp`, the key
 * being the hash. Written to a temporary name and renamed, so a reader never sees half a file.
 */
export class ProfilePhotoStore {
  constructor(private readonly dir: string) {}

  async put(bytes: Buffer): Promise<string> {
    const key = createHash('sha256').update(bytes).digest('hex');
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const temporary = join(this.dir, `.${randomUUID()}.tmp`);
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, this.path(key));
    return key;
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error('Not a profile photo key');
    return join(this.dir, `${key}.webp`);
  }
}

/** Where a profile's photo is served; the version changes with the photo, so caches never show an old one. */
export function photoUrl(userId: string, photoKey: string | null): string | null {
  return photoKey ? `/api/people/${userId}/photo?v=${photoKey.slice(0, 12)}` : null;
}
