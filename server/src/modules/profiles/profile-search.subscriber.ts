import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';
import { PeopleSearchDocuments } from './people-search-documents';

/**
 * Search documents carry current organisations and roles, so they are recomputed when an
 * affiliation or an organisation changes. (Profile edits refresh inside their own transaction;
 * a new display name reaches `search_name` through the users trigger.) Refreshing is idempotent,
 * so a redelivered event does no harm.
 */
@Injectable()
export class ProfileSearchSubscriber implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: DomainEventHandlers,
    private readonly documents: PeopleSearchDocuments,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('affiliation.changed', (event) => this.documents.refresh(this.dataSource.manager, [event.payload.userId]));
    this.handlers.subscribe('organisation.updated', (event) => this.documents.refreshOrganisation(event.payload.organisationId));
  }
}
