// Minimal public surface for the discussion engine's branch; the ownership work writes the full one.
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
