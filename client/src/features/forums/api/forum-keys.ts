import { accountKeyRoot } from '../../auth';
import type { CategoryQuery } from './forums.api';

/**
 * Query keys for the forum. Everything sits under the account root: abilities, unread counts,
 * watch levels, drafts and hidden posts all depend on who is asking, so signing out drops them.
 */
export const forumKeys = {
  all: [...accountKeyRoot, 'forums'] as const,
  /** The index and every category listing of one community: what forum activity makes stale. */
  community: (slug: string) => [...forumKeys.all, 'community', slug] as const,
  index: (slug: string) => [...forumKeys.community(slug), 'index'] as const,
  categories: (slug: string) => [...forumKeys.community(slug), 'category'] as const,
  category: (slug: string, categorySlug: string, query: CategoryQuery) =>
    [...forumKeys.categories(slug), categorySlug, query] as const,
  moderation: (slug: string, view: 'flagged' | 'hidden') => [...forumKeys.community(slug), 'moderation', view] as const,
  mentions: (slug: string, q: string) => [...forumKeys.community(slug), 'mentions', q] as const,
  thread: (threadId: string) => [...forumKeys.all, 'thread', threadId] as const,
  /** Every cached page of a thread's posts, to update a post wherever it is shown. */
  posts: (threadId: string) => [...forumKeys.thread(threadId), 'posts'] as const,
  postPage: (threadId: string, page: number) => [...forumKeys.posts(threadId), page] as const,
  revisions: (postId: string) => [...forumKeys.all, 'revisions', postId] as const,
  draft: (key: string) => [...forumKeys.all, 'draft', key] as const,
  preview: (raw: string) => [...forumKeys.all, 'preview', raw] as const,
};
