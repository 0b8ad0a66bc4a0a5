import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, PROFILE_PHOTO, UPLOAD_FIELD, type MyProfile } from '@commonroom/contracts';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infrastructure/auth/actor';
import { DomainError } from '../../infrastructure/errors/domain-error';
import { OutboxService } from '../../infrastructure/events/outbox.service';
import { PeopleSearchDocuments } from './people-search-documents';
import { photoIssue, ProfilePhotoStore, reencodePhoto } from './profile-photos';
import { canSee, effectiveVisibility } from './profile-visibility';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesService } from './profiles.service';

/** The file part of a multipart request, as `@fastify/multipart` hands it over. */
export interface PhotoPart {
  fieldname: string;
  file: Readable;
  toBuffer(): Promise<Buffer>;
}

/** Reads the request's file part (with the photo size limit), or fails when the request is not multipart. */
export type PhotoReader = () => Promise<PhotoPart | undefined>;

/** Setting, removing and serving profile photos. Only re-encoded bytes are ever kept or served. */
@Injectable()
export class ProfilePhotosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ProfilesRepository,
    private readonly profiles: ProfilesService,
    private readonly documents: PeopleSearchDocuments,
    private readonly store: ProfilePhotoStore,
    private readonly outbox: OutboxService,
  ) {}

  async upload(actor: Actor, read: PhotoReader): Promise<MyProfile> {
    const photo = await reencodePhoto(await receivePhoto(read));
    const key = await this.store.put(photo);
    await this.replace(actor.userId, key);
    return this.profiles.mine(actor);
  }

  async remove(actor: Actor): Promise<void> {
    await this.replace(actor.userId, null);
  }

  /** The photo's bytes when the viewer may see it; not found otherwise (no photo, hidden, or no such person). */
  async read(actor: Actor | undefined, userId: string): Promise<Buffer> {
    const [rows, relations] = await Promise.all([
      this.repository.rows([userId]),
      this.repository.relations(actor?.userId, [userId]),
    ]);
    const row = rows.get(userId);
    const relation = relations.get(userId) ?? 'public';
    const visibility = effectiveVisibility(row?.visibility);
    if (!row?.photoKey || !canSee(relation, visibility.name) || !canSee(relation, visibility.photo))
      throw DomainError.notFound('That photo');
    return this.store.read(row.photoKey);
  }

  private async replace(userId: string, key: string | null): Promise<void> {
    const previous = await this.dataSource.transaction(async (manager) => {
      const old = await this.repository.setPhotoKey(userId, key, manager);
      await this.documents.refresh(manager, [userId]);
      await this.outbox.record(manager, 'profile.changed', { userId });
      return old;
    });
    // A removed photo leaves the disk too, unless someone else uses the very same bytes.
    if (previous && previous !== key && !(await this.repository.isPhotoInUse(previous)))
      await this.store.remove(previous);
  }
}

const NO_FILE = `Choose a photo to upload (sent as the form field "${UPLOAD_FIELD}").`;

async function receivePhoto(read: PhotoReader): Promise<Buffer> {
  let part: PhotoPart | undefined;
  try {
    part = await read();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw photoIssue(NO_FILE);
    throw error;
  }
  if (!part || part.fieldname !== UPLOAD_FIELD) {
    part?.file.resume();
    throw photoIssue(NO_FILE);
  }
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new DomainError(
        ErrorCode.PayloadTooLarge,
        `That photo is larger than ${PROFILE_PHOTO.maxBytes / (1024 * 1024)} MB. Choose a smaller one.`,
      );
    }
    throw error;
  }
}
