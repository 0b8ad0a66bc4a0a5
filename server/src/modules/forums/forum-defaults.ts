import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';

/**
 * A forum that is switched on starts with one category, so the first person can post straight
 * away; facilitators rename it or add more. Runs after commit from the outbox, and only where the
 * forum has no category yet, so redelivery and later edits never add a second one.
 */
@Injectable()
export class ForumDefaults implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: DomainEventHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('community.created', (event) => this.ensureCategory(event.payload.communityId));
    this.handlers.subscribe('community.updated', (event) => this.ensureCategory(event.payload.communityId));
  }

  async ensureCategory(communityId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO forum_categories (community_id, slug, name, description, position)
       SELECT c.id, 'general', 'General', 'Anything that does not fit elsewhere.', 0 FROM communities c
        WHERE c.id = $1 AND 'forum' = ANY(c.tools) AND NOT EXISTS (SELECT 1 FROM forum_categories fc WHERE fc.community_id = c.id)
       ON CONFLICT (community_id, slug) DO NOTHING`,
      [communityId],
    );
  }
}
