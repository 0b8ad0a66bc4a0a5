import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/** Views the forums module publishes (migration `1795510000000-notifications`). */
export const FORUMS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'forum_category_watchers',
    columns: ['thread_id', 'user_id', 'level'],
    purpose: "Each forum thread's category watch levels, per person: a thread's own level overrides them.",
  },
];
