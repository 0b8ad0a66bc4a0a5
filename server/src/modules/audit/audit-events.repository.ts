import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export type NewAuditEvent = Pick<
  AuditEventEntity,
  'action' | 'actorUserId' | 'subjectUserId' | 'ip' | 'userAgent' | 'metadata'
>;

/** The append-only audit log: rows are added, never changed. */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends in the caller's transaction, so the event is kept exactly when the change is. */
  async append(event: NewAuditEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (action, actor_user_id, subject_user_id, ip, user_agent, metadata)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.action, event.actorUserId, event.subjectUserId, event.ip, event.userAgent, JSON.stringify(event.metadata)],
    );
  }

  forSubject(userId: string, limit: number): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({
      where: { subjectUserId: userId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}
