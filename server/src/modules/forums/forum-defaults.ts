import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';
import { ForumCategoriesRepository } from './forum-categories.repository';

/**
 * A forum that is switched on starts with one category, so the first person can post straight
 * away; facilitators rename it or add more. Runs after commit from the outbox, and only where the
 * forum has no category yet, so redelivery and later edits never add a second one.
 */
@Injectable()
export class ForumDefaults implements OnModuleInit {
  constructor(
    private readonly categories: ForumCategoriesRepository,
    private readonly handlers: DomainEventHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('community.created', (event) => this.ensureCategory(event.payload.communityId));
    this.handlers.subscribe('community.updated', (event) => this.ensureCategory(event.payload.communityId));
  }

  ensureCategory(communityId: string): Promise<void> {
    return this.categories.ensureDefault(communityId);
  }
}
