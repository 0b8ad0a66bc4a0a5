import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode, UPLOAD_FIELD, uploadUrl, type Upload, type UploadQuota } from '@commonroom/contracts';
import type { Readable } from 'node:stream';
import type { Actor } from '../../infrastructure/auth/actor';
import { APP_CONFIG, type AppConfig } from '../../infrastructure/config/app-config';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { RateLimiter } from '../../infrastructure/rate-limit/rate-limiter.service';
import { CommunityAccessService } from '../communities';
import {
  ACCEPTED_CONTENT_TYPES,
  ACCEPTED_TYPES_SENTENCE,
  acceptedTypeOf,
  isInlineImage,
  storedName,
  TextSniffer,
  type AcceptedType,
} from './upload-types';
import { UploadStorage, type StagedFile } from './upload-storage';
import type { UploadEntity } from './upload.entity';
import { UploadsRepository } from './uploads.repository';

/** One file part of a multipart request, as `@fastify/multipart` hands it over. */
export interface IncomingFile {
  fieldname: string;
  filename: string;
  /** `truncated` is set when the file went past the size limit and the rest was dropped. */
  file: Readable & { truncated: boolean };
}

/** Reads the request's file part; throws (or answers undefined) when there is none. */
export type FileReader = () => Promise<IncomingFile | undefined>;

export interface UploadDownload {
  upload: UploadEntity;
  isImage: boolean;
  stream: Readable;
  size: number;
}

/** Enough for attaching pictures to a busy week of posts, not enough to mirror a website. */
const UPLOADS_PER_HOUR = 30;

/** Receives, checks, keeps and serves the files people attach to posts. */
@Injectable()
export class UploadsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: UploadsRepository,
    private readonly storage: UploadStorage,
    private readonly rateLimiter: RateLimiter,
    private readonly access: CommunityAccessService,
  ) {}

  /**
   * Streams the file to staging, decides its type from its bytes, and keeps it if it fits the
   * person's quota. Nothing the browser claims about the file (type, extension) is trusted.
   */
  async create(actor: Actor, read: FileReader): Promise<Upload> {
    await this.rateLimiter.consume({
      key: `uploads:user:${actor.userId}`,
      limit: UPLOADS_PER_HOUR,
      windowSeconds: 3600,
    });
    // Refuse before reading a byte when there is no room left at all.
    const used = await this.repository.usedBytes(actor.userId);
    if (used >= this.config.uploads.quotaBytes) throw this.quotaExceeded(used);

    const part = await receivePart(read);
    const sniffer = new TextSniffer();
    const staged = await this.storage.stage(part.file, (chunk) => sniffer.push(chunk));
    try {
      if (part.file.truncated) throw this.tooLarge();
      if (staged.size === 0) throw fileIssue('That file is empty. Choose a file with something in it.');
      const type = await acceptedTypeOf({ path: staged.path, name: part.filename, plainText: sniffer.isPlainText() });
      if (!type) throw fileIssue(`This kind of file cannot be attached. ${ACCEPTED_TYPES_SENTENCE}`);
      return toUpload(await this.keep(actor, staged, type, part.filename));
    } finally {
      await this.storage.discard(staged);
    }
  }

  /** The file if the viewer may read it (see `mayRead`). Otherwise 404. */
  async open(uploadId: string, actor: Actor): Promise<UploadDownload> {
    const upload = await this.repository.findById(uploadId);
    if (!upload || !(await this.mayRead(upload, actor))) throw DomainError.notFound('That file');
    const { stream, size } = await this.storage.open(upload.storageKey);
    return { upload, isImage: isInlineImage(upload.contentType), stream, size };
  }

  async quota(actor: Actor): Promise<UploadQuota> {
    return {
      usedBytes: await this.repository.usedBytes(actor.userId),
      limitBytes: this.config.uploads.quotaBytes,
      maxFileBytes: this.config.uploads.maxFileBytes,
      allowedTypes: [...ACCEPTED_CONTENT_TYPES],
    };
  }

  private keep(actor: Actor, staged: StagedFile, type: AcceptedType, claimedName: string): Promise<UploadEntity> {
    return this.repository.withOwnerLock(actor.userId, async (manager) => {
      const used = await this.repository.usedBytes(actor.userId, manager);
      if (used + staged.size > this.config.uploads.quotaBytes) throw this.quotaExceeded(used);
      // Kept inside the transaction: if the bytes cannot be kept, no row points at nothing.
      const storageKey = await this.storage.keep(staged);
      const values = {
        ownerId: actor.userId,
        name: storedName(claimedName, type),
        contentType: type.contentType,
        size: staged.size,
        sha256: staged.sha256,
        storageKey,
      };
      return this.repository.insert(values, manager);
    });
  }

  /**
   * The owner, or a reader of the community where the owner first posted the file, while a live
   * post still shows it. Posts elsewhere (only the owner's link a file at all) never widen this.
   */
  private async mayRead(upload: UploadEntity, actor: Actor): Promise<boolean> {
    if (upload.ownerId === actor.userId) return true;
    if (!upload.firstCommunityId) return false;
    if ((await this.repository.communitiesShowing(upload.id)).length === 0) return false;
    return this.access.canRead(upload.firstCommunityId, actor);
  }

  private tooLarge(): DomainError {
    return new DomainError(
      ErrorCode.PayloadTooLarge,
      `That file is larger than ${megabytes(this.config.uploads.maxFileBytes)}, the most you can attach. Try a smaller file, or share a link to it instead.`,
    );
  }

  private quotaExceeded(used: number): DomainError {
    const { quotaBytes } = this.config.uploads;
    return new DomainError(
      ErrorCode.PayloadTooLarge,
      `This file does not fit in your space for attachments: you have used ${megabytes(used)} of your ${megabytes(quotaBytes)}. Ask an administrator if you need more room.`,
    );
  }
}

async function receivePart(read: FileReader): Promise<IncomingFile> {
  let part: IncomingFile | undefined;
  try {
    part = await read();
  } catch (error) {
    // A request that is not multipart/form-data at all simply has no file in it.
    if ((error as { code?: unknown }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw fileIssue(NO_FILE);
    throw error;
  }
  if (!part) throw fileIssue(NO_FILE);
  if (part.fieldname !== UPLOAD_FIELD) {
    part.file.resume();
    throw fileIssue(NO_FILE);
  }
  return part;
}

const NO_FILE = `Choose a file to attach (sent as the form field "${UPLOAD_FIELD}").`;

function fileIssue(message: string): DomainError {
  return new DomainError(ErrorCode.ValidationFailed, message, { issues: [{ path: `body.${UPLOAD_FIELD}`, message }] });
}

function toUpload(entity: UploadEntity): Upload {
  return {
    id: entity.id,
    url: uploadUrl(entity.id),
    name: entity.name,
    contentType: entity.contentType,
    size: entity.size,
    isImage: isInlineImage(entity.contentType),
    createdAt: entity.createdAt.toISOString(),
  };
}

/** "10 MB", "0.4 MB": how a teacher reads file sizes. */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}
