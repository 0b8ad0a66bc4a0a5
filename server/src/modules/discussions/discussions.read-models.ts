import type { PublishedReadModel } from '../../infrastructure/database/read-model';

/**
 * Views the discussion engine publishes: for its discussion types (migration
 * `1795375000000-discussion-read-models`), and for search and uploads (`1795380000000-module-read-models`;
 * since `1795400000000-conversations`, threads in no community are left out of `discussion_thread_summaries`,
 * `searchable_*` and `live_posts`).
 * The engine's own code reads its tables directly.
 */
export const DISCUSSIONS_READ_MODELS: readonly PublishedReadModel[] = [
  {
    name: 'discussion_thread_summaries',
    columns: [
      'thread_id',
      'type',
      'community_id',
      'title',
      'tags',
      'author_id',
      'author_name',
      'post_count',
      'created_at',
      'last_post_at',
      'last_poster_id',
      'last_poster_name',
      'pinned',
      'locked',
      'accepted_post_id',
      'deleted',
    ],
    purpose: 'A thread as a discussion type lists it beside its own table, with author and last poster names.',
  },
  {
    name: 'discussion_reading',
    columns: ['user_id', 'thread_id', 'last_read_number', 'level'],
    purpose: "Each person's read position and watch level per thread (unread counts, watchers).",
  },
  {
    name: 'searchable_threads',
    columns: [
      'id',
      'community_id',
      'kind',
      'title',
      'tags',
      'created_at',
      'last_post_at',
      'deleted_at',
      'search_vector',
    ],
    purpose: 'Threads with their full-text vector; filter deleted ones and by readable community.',
  },
  {
    name: 'searchable_posts',
    columns: [
      'id',
      'thread_id',
      'number',
      'author_id',
      'raw',
      'created_at',
      'hidden_at',
      'deleted_at',
      'search_vector',
    ],
    purpose: 'Posts with their full-text vector; filter hidden and deleted ones.',
  },
  {
    name: 'live_posts',
    columns: ['id', 'thread_id', 'community_id'],
    purpose: 'Posts readers can see now (not hidden or deleted, in a live thread) and their community.',
  },
  {
    name: 'private_thread_summaries',
    columns: ['thread_id', 'type', 'post_count', 'last_post_at', 'deleted'],
    purpose: 'Threads in no community (conversations), for the type that decides who reads them.',
  },
  {
    name: 'discussion_latest_posts',
    columns: ['thread_id', 'post_id', 'number', 'author_id', 'raw', 'created_at'],
    purpose: "Each thread's newest visible post (a conversation's last message); filter by thread_id.",
  },
  {
    name: 'open_flagged_posts',
    columns: ['post_id', 'community_id', 'first_flagged_at'],
    purpose: 'Posts with open flags and their community, as the moderation queue counts them (one row per post).',
  },
  {
    name: 'notification_posts',
    columns: [
      'post_id',
      'thread_id',
      'thread_type',
      'community_id',
      'number',
      'author_id',
      'reply_to_author_id',
      'thread_author_id',
      'title',
      'sensitive',
      'visible',
      'raw',
    ],
    purpose:
      'A post with what notices need: its thread, author, the author it replies to, the sensitive flag ' +
      '(migration 1795510000000-notifications). raw is for finding quotes and never leaves the server.',
  },
  {
    name: 'post_mention_targets',
    columns: ['post_id', 'user_id'],
    purpose: 'The people each post mentions.',
  },
];
