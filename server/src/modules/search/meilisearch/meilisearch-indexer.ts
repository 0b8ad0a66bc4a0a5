import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import type { SearchChanges, SearchDocumentKind } from '../search-engine';
import type { SearchDocument } from './documents';
import { INDEX_SETTINGS, INDEX_UID } from './index-settings';

/** Where documents come from: `SearchDocumentSource` over PostgreSQL (a stand-in in unit tests). */
export interface DocumentSource {
  byIds(kind: SearchDocumentKind, ids: string[]): Promise<SearchDocument[]>;
  all(kind: SearchDocumentKind, size: number): AsyncIterable<SearchDocument[]>;
}

export const REINDEX_BATCH = 1000;
const KINDS = Object.keys(INDEX_UID) as SearchDocumentKind[];
/**
 * Big batches on a busy server can take a while; a stuck task still fails the command (or the outbox delivery, which
 * is retried).
 */
const TASK_TIMEOUT_MS = 120_000;

/** Writes to Meilisearch: `sync` for outbox events, `reindex` for the command. */
export class MeilisearchIndexer {
  constructor(
    private readonly client: Meilisearch,
    private readonly source: DocumentSource,
  ) {}

  /** Upserts what is indexable among the ids and deletes the rest: one query and at most two tasks per kind. */
  async sync(changes: SearchChanges): Promise<void> {
    for (const kind of KINDS) {
      const ids = [...new Set(changes[kind] ?? [])];
      if (ids.length === 0) continue;
      const documents = await this.source.byIds(kind, ids);
      const present = new Set(documents.map((d) => d.id));
      const gone = ids.filter((id) => !present.has(id));
      const index = this.client.index(INDEX_UID[kind]);
      if (documents.length > 0) await this.settle(index.addDocuments(documents, { primaryKey: 'id' }));
      if (gone.length > 0) await this.settle(index.deleteDocuments(gone));
    }
  }

  /**
   * Applies the settings, upserts every indexable document in batches, then deletes documents
   * the engine holds that are no longer indexable. The live index keeps serving throughout.
   */
  async reindex(
    onProgress?: (kind: SearchDocumentKind, done: number) => void,
  ): Promise<Record<SearchDocumentKind, number>> {
    const counts = { person: 0, organisation: 0, community: 0, forum_post: 0 } satisfies Record<
      SearchDocumentKind,
      number
    >;
    for (const kind of KINDS) {
      const index = this.client.index(INDEX_UID[kind]);
      // Updating settings creates a missing index.
      await this.settle(index.updateSettings(INDEX_SETTINGS[kind]));
      for await (const batch of this.source.all(kind, REINDEX_BATCH)) {
        await this.settle(index.addDocuments(batch, { primaryKey: 'id' }));
        counts[kind] += batch.length;
        onProgress?.(kind, counts[kind]);
      }
      await this.prune(kind);
    }
    return counts;
  }

  /** Pages through the ids the engine holds and deletes those PostgreSQL no longer indexes. */
  private async prune(kind: SearchDocumentKind): Promise<void> {
    const index = this.client.index(INDEX_UID[kind]);
    let offset = 0;
    for (;;) {
      const page = await index.getDocuments<{ id: string }>({ fields: ['id'], offset, limit: REINDEX_BATCH });
      if (page.results.length === 0) return;
      const ids = page.results.map((d) => d.id);
      const kept = new Set((await this.source.byIds(kind, ids)).map((d) => d.id));
      const gone = ids.filter((id) => !kept.has(id));
      if (gone.length > 0) await this.settle(index.deleteDocuments(gone));
      if (page.results.length < REINDEX_BATCH) return;
      offset += page.results.length - gone.length;
    }
  }

  /** Waits for a task and fails loudly when Meilisearch could not apply it. */
  private async settle(task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 20 });
    if (done.status !== 'succeeded')
      throw new Error(
        `Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.code ?? 'no error code'}`,
      );
  }
}
