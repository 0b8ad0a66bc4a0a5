import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEventHandlers } from '../../infrastructure/events/domain-event-handlers';
import { PeopleSearchDocuments } from '../profiles';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine';

/** Ids per engine sync and per search-document refresh. */
const BATCH = 1000;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Keeps search current after each commit, from the outbox. A person's search document is
 * recomputed first (it is derived data we store), then the engine is told which documents to
 * re-read; PostgreSQL's engine has nothing to do, Meilisearch upserts or deletes. Every handler
 * recomputes from the current rows, so a redelivered event does no harm.
 */
@Injectable()
export class SearchSync implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly handlers: DomainEventHandlers,
    private readonly documents: PeopleSearchDocuments,
  ) {}

  onModuleInit(): void {
    this.handlers.subscribe('profile.changed', (event) => this.people([event.payload.userId]));
    this.handlers.subscribe('affiliation.changed', (event) => this.people([event.payload.userId]));
    this.handlers.subscribe('organisation.created', (event) =>
      this.engine.sync({ organisation: [event.payload.organisationId] }),
    );
    this.handlers.subscribe('organisation.updated', (event) => this.organisation(event.payload.organisationId));
    this.handlers.subscribe('community.created', (event) =>
      this.engine.sync({ community: [event.payload.communityId] }),
    );
    this.handlers.subscribe('community.updated', (event) =>
      this.engine.sync({ community: [event.payload.communityId] }),
    );
    this.handlers.subscribe('discussion.post_changed', (event) =>
      this.engine.sync({ forum_post: [event.payload.postId] }),
    );
    this.handlers.subscribe('discussion.thread_changed', (event) => this.thread(event.payload.threadId));
  }

  private async people(userIds: string[]): Promise<void> {
    for (const batch of batches(userIds)) {
      await this.documents.refresh(this.dataSource.manager, batch);
      await this.engine.sync({ person: batch });
    }
  }

  /** Its name and kind are in the documents of the people who work there now. */
  private async organisation(organisationId: string): Promise<void> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.user_id FROM verified_affiliations a WHERE a.organisation_id = $1 AND a.current`,
      [organisationId],
    );
    await this.people(rows.map((r) => r.user_id));
    await this.engine.sync({ organisation: [organisationId] });
  }

  /** A thread's title, tags and deletion are part of every post's document. */
  private async thread(threadId: string): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM searchable_posts WHERE thread_id = $1 ORDER BY number',
      [threadId],
    );
    for (const batch of batches(rows.map((r) => r.id))) await this.engine.sync({ forum_post: batch });
  }
}
