/** What other modules may use of audit. */
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
