import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/**
 * Views the discussions module publishes for search and uploads (migration
 * `1795380000000-module-read-models`, created by the ownership change; the engine's own code reads
 * its tables directly).
 */
export const DISCUSSIONS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'searchable_threads',
    columns: ['id', 'community_id', 'kind', 'title', 'tags', 'created_at', 'last_post_at', 'deleted_at', 'search_vector'],
    purpose: 'Threads with their full-text vector; filter deleted ones and by readable community.',
  },
  {
    name: 'searchable_posts',
    columns: ['id', 'thread_id', 'number', 'author_id', 'raw', 'created_at', 'hidden_at', 'deleted_at', 'search_vector'],
    purpose: 'Posts with their full-text vector; filter hidden and deleted ones.',
  },
  {
    name: 'live_posts',
    columns: ['id', 'thread_id', 'community_id'],
    purpose: 'Posts readers can see now (not hidden or deleted, in a live thread) and their community.',
  },
];
