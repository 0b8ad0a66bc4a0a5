import { Global, Module } from '@nestjs/common';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditService } from './audit.service';

@Global()
@Module({ providers: [AuditEventsRepository, AuditService], exports: [AuditService] })
export class AuditModule {}
