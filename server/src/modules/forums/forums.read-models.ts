import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the forums module publishes (migrations `1795510000000-notifications` and `1795540000000-feeds`). */
export const FORUMS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'forum_category_watchers',
    columns: ['thread_id', 'user_id', 'level'],
    purpose: "Each forum thread's category watch levels, per person: a thread's own level overrides them.",
  },
  {
    name: 'forum_category_directory',
    columns: ['id', 'community_id', 'slug', 'name', 'description'],
    purpose: "A community's forum categories by slug and name (feeds); filter by community_id.",
  },
  {
    name: 'forum_thread_places',
    columns: ['thread_id', 'category_id'],
    purpose: 'The category each forum thread is in.',
  },
];
