import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClientInfo } from '../../infrastructure/auth/actor';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  actorUserId?: string | null;
  subjectUserId?: string | null;
  client?: ClientInfo;
  /** Facts only: ids, methods, counts. Never passwords, tokens or anything a person wrote. */
  metadata?: Record<string, unknown>;
}

/** Writes the append-only audit log and reads a person's own security history. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      'INSERT INTO audit_events (action, actor_user_id, subject_user_id, ip, user_agent, metadata) VALUES ($1, $2, $3, $4, $5, $6)',
      [entry.action, entry.actorUserId ?? null, entry.subjectUserId ?? null, entry.client?.ip ?? null, entry.client?.userAgent ?? null, JSON.stringify(entry.metadata ?? {})],
    );
  }

  forSubject(userId: string, limit = 50): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({
      where: { subjectUserId: userId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}
