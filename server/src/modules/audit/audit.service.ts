import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ClientInfo } from '../../infrastructure/auth/actor';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditEventsRepository } from './audit-events.repository';

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
  constructor(private readonly events: AuditEventsRepository) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await this.events.append(
      {
        action: entry.action,
        actorUserId: entry.actorUserId ?? null,
        subjectUserId: entry.subjectUserId ?? null,
        ip: entry.client?.ip ?? null,
        userAgent: entry.client?.userAgent ?? null,
        metadata: entry.metadata ?? {},
      },
      manager,
    );
  }

  forSubject(userId: string, limit = 50): Promise<AuditEventEntity[]> {
    return this.events.forSubject(userId, limit);
  }
}
