import { AuditEventEntity } from './audit-event.entity';

/** The tables this module owns (docs/architecture.md, "Who owns which table"). */
export const AUDIT_ENTITIES = [AuditEventEntity];
