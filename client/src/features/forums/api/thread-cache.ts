import type { Post, PostPage, ReactionCount, StreamEventMap, ThreadDetail } from '@commonroom/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { forumKeys } from './forum-keys';

/**
 * Changes to a thread's cached pages, from the viewer's own actions and from live events alike,
 * so a post changes in place wherever it is shown and nothing is fetched again.
 */

function mapPosts(queryClient: QueryClient, threadId: string, change: (post: Post) => Post) {
  queryClient.setQueriesData<PostPage>(
    { queryKey: forumKeys.posts(threadId) },
    (page) => page && { ...page, items: page.items.map(change) },
  );
}

/** The post as it is now (edited, restored, moderated); unknown posts are left alone. */
export function replacePost(queryClient: QueryClient, post: Post): void {
  mapPosts(queryClient, post.threadId, (cached) => (cached.id === post.id ? post : cached));
}

/**
 * A removed post becomes its placeholder. Moderators keep the text they could already see,
 * with the notice, exactly as the server would send it to them.
 */
export function removePost(
  queryClient: QueryClient,
  threadId: string,
  removal: StreamEventMap['post.removed'],
  canModerate: boolean,
): void {
  mapPosts(queryClient, threadId, (cached) =>
    cached.id === removal.postId ? { ...cached, state: removal.state, html: canModerate ? cached.html : null } : cached,
  );
}

/** The viewer's flag went through: the post says so until a facilitator deals with it. */
export function markFlagged(queryClient: QueryClient, post: Pick<Post, 'id' | 'threadId'>): void {
  mapPosts(queryClient, post.threadId, (cached) => (cached.id === post.id ? { ...cached, flaggedByMe: true } : cached));
}

/** Counts from the viewer's own request, whose `mine` is exact. */
export function setReactions(
  queryClient: QueryClient,
  threadId: string,
  postId: string,
  reactions: ReactionCount[],
): void {
  mapPosts(queryClient, threadId, (cached) => (cached.id === postId ? { ...cached, reactions } : cached));
}

/**
 * Counts from a live event, which leaves `mine` false: the viewer's reactions stay as they were,
 * unless the change was the viewer's own (from another tab or device).
 */
export function applyLiveReactions(
  queryClient: QueryClient,
  threadId: string,
  event: StreamEventMap['post.reactions'],
  viewerId: string | undefined,
): void {
  const { change } = event;
  mapPosts(queryClient, threadId, (cached) => {
    if (cached.id !== event.postId) return cached;
    const wasMine = new Set(cached.reactions.filter((r) => r.mine).map((r) => r.reaction));
    const own = change.userId === viewerId;
    const reactions = event.reactions.map((r) => ({
      ...r,
      mine: own && r.reaction === change.reaction ? change.added : wasMine.has(r.reaction),
    }));
    return { ...cached, reactions };
  });
}

/** Adds a post to the end of a cached page, once; the thread's counts follow. */
export function appendPost(queryClient: QueryClient, page: number, post: Post): void {
  queryClient.setQueryData<PostPage>(forumKeys.postPage(post.threadId, page), (cached) => {
    if (!cached || cached.items.some((item) => item.id === post.id)) return cached;
    const total = Math.max(cached.total, post.number);
    return {
      ...cached,
      items: [...cached.items, post],
      total,
      pageCount: Math.max(cached.pageCount, Math.ceil(total / cached.pageSize)),
    };
  });
  updateThread(queryClient, post.threadId, (thread) => ({
    postCount: Math.max(thread.postCount, post.number),
    lastPostAt: post.createdAt,
    lastPoster: post.author,
  }));
}

export function updateThread(
  queryClient: QueryClient,
  threadId: string,
  change: (thread: ThreadDetail) => Partial<ThreadDetail>,
): void {
  queryClient.setQueryData<ThreadDetail>(
    forumKeys.thread(threadId),
    (thread) => thread && { ...thread, ...change(thread) },
  );
}
