import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UploadEntity } from './upload.entity';

export type NewUpload = Pick<UploadEntity, 'ownerId' | 'name' | 'contentType' | 'size' | 'sha256' | 'storageKey'>;

/** Upload rows, the space each person uses, and the communities whose posts show a file. */
@Injectable()
export class UploadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in a transaction holding a lock on the owner's uploads, so two files sent at
   * once cannot both squeeze under the quota.
   */
  withOwnerLock<T>(ownerId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('uploads:' || $1, 0))`, [ownerId]);
      return work(manager);
    });
  }

  async usedBytes(ownerId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = (await manager.query(
      `SELECT coalesce(sum(size), 0)::bigint AS used FROM uploads WHERE owner_id = $1`,
      [ownerId],
    )) as { used: string }[];
    return Number(row?.used ?? 0);
  }

  insert(values: NewUpload, manager: EntityManager): Promise<UploadEntity> {
    const repository = manager.getRepository(UploadEntity);
    return repository.save(repository.create(values));
  }

  findById(id: string): Promise<UploadEntity | null> {
    return this.dataSource.getRepository(UploadEntity).findOneBy({ id });
  }

  /**
   * Communities with a live post that uses the upload (discussions' `live_posts`). Deleted or
   * hidden posts, and posts in deleted threads, do not count: their readers no longer see the post,
   * so not its files either.
   */
  async communitiesShowing(uploadId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT p.community_id
         FROM post_uploads pu JOIN live_posts p ON p.id = pu.post_id
        WHERE pu.upload_id = $1`,
      [uploadId],
    )) as { community_id: string }[];
    return rows.map((r) => r.community_id);
  }
}
