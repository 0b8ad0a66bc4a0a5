import type {
  CreatePostRequest,
  FlagPostRequest,
  Post,
  Reaction,
  ThreadDetail,
  UpdateThreadRequest,
  WatchLevel,
} from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { forumKeys } from './forum-keys';
import { markFlagged, replacePost, setReactions, updateThread as updateCachedThread } from './thread-cache';
import {
  acceptAnswer,
  createPost,
  deletePost,
  deleteThread,
  editPost,
  fetchPosts,
  fetchRevisions,
  fetchThread,
  fetchThreadTeaser,
  flagPost,
  markRead,
  restorePost,
  restoreThread,
  setReaction,
  updateThread,
  watchThread,
} from './threads.api';

/** The title and community of a thread the viewer may not read, for the sign-in gate. */
export function useThreadTeaser(threadId: string) {
  return useQuery({
    queryKey: [...forumKeys.thread(threadId), 'teaser'],
    queryFn: ({ signal }) => fetchThreadTeaser(threadId, { signal }),
  });
}

/**
 * Opening a thread always asks again (cached data is shown meanwhile): its stream position and
 * its pages must be from the same moment, or posts in between would be missed.
 */
export function useThread(threadId: string) {
  return useQuery({
    queryKey: forumKeys.thread(threadId),
    queryFn: ({ signal }) => fetchThread(threadId, { signal }),
    staleTime: 0,
  });
}

/** One page of posts; `enabled` waits until the page to show is known. */
export function usePostPage(threadId: string, page: number | undefined) {
  return useQuery({
    queryKey: forumKeys.postPage(threadId, page ?? 0),
    queryFn: ({ signal }) => fetchPosts(threadId, { page }, { signal }),
    enabled: page !== undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Resolves `near` (a post number) to its page, and puts that page in the cache on the way. */
export async function loadPageNear(queryClient: QueryClient, threadId: string, near: number): Promise<number> {
  const page = await fetchPosts(threadId, { near });
  queryClient.setQueryData(forumKeys.postPage(threadId, page.page), page);
  return page.page;
}

export function useRevisions(postId: string, enabled: boolean) {
  return useQuery({
    queryKey: forumKeys.revisions(postId),
    queryFn: ({ signal }) => fetchRevisions(postId, { signal }),
    enabled,
  });
}

/** The thread's header and the listings it appears in (title, badges, counts) change together. */
function useSetThread(threadId: string) {
  const queryClient = useQueryClient();
  return (thread: ThreadDetail) => {
    queryClient.setQueryData(forumKeys.thread(threadId), thread);
    return queryClient.invalidateQueries({ queryKey: forumKeys.community(thread.community.slug) });
  };
}

export function useUpdateThread(threadId: string) {
  const setThread = useSetThread(threadId);
  return useMutation({
    mutationFn: (request: UpdateThreadRequest) => updateThread(threadId, request),
    onSuccess: setThread,
  });
}

export function useRestoreThread(threadId: string) {
  const setThread = useSetThread(threadId);
  return useMutation({ mutationFn: () => restoreThread(threadId), onSuccess: setThread });
}

export function useAcceptAnswer(threadId: string) {
  const setThread = useSetThread(threadId);
  return useMutation({ mutationFn: (postId: string | null) => acceptAnswer(threadId, postId), onSuccess: setThread });
}

export function useDeleteThread(thread: ThreadDetail) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteThread(thread.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.community(thread.community.slug) }),
  });
}

export function useWatchThread(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (level: WatchLevel) => watchThread(threadId, level),
    onSuccess: (_nothing, level) =>
      updateCachedThread(queryClient, threadId, (thread) => ({ viewer: { ...thread.viewer, watchLevel: level } })),
  });
}

/** The listings' unread counts are only marked stale: they are fetched when next shown. */
export function useMarkRead(thread: Pick<ThreadDetail, 'id' | 'community'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => markRead(thread.id, number),
    onSuccess: (_nothing, number) => {
      updateCachedThread(queryClient, thread.id, (cached) => ({
        viewer: { ...cached.viewer, lastReadNumber: Math.max(cached.viewer.lastReadNumber, number) },
      }));
      return queryClient.invalidateQueries({
        queryKey: forumKeys.community(thread.community.slug),
        refetchType: 'none',
      });
    },
  });
}

export function useCreatePost(threadId: string) {
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: CreatePostRequest; idempotencyKey: string }) =>
      createPost(threadId, request, idempotencyKey),
  });
}

/** Edits, restores and moderation answer with the post as it is now: it changes in place. */
function useReplacePost() {
  const queryClient = useQueryClient();
  return (post: Post) => replacePost(queryClient, post);
}

export function useEditPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ post, raw }: { post: Post; raw: string }) => editPost(post.id, { raw, baseRevision: post.revision }),
    onSuccess: (post) => {
      replacePost(queryClient, post);
      return queryClient.invalidateQueries({ queryKey: forumKeys.revisions(post.id) });
    },
  });
}

export function useRestorePost() {
  const onSuccess = useReplacePost();
  return useMutation({ mutationFn: (postId: string) => restorePost(postId), onSuccess });
}

/** The server answers 204, so the post is fetched again to show what the viewer may see of it. */
export function useDeletePost(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (postId: string) => deletePost(postId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.posts(threadId) }),
  });
}

export function useToggleReaction(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, reaction, on }: { postId: string; reaction: Reaction; on: boolean }) =>
      setReaction(postId, reaction, on),
    onSuccess: ({ reactions }, { postId }) => setReactions(queryClient, threadId, postId, reactions),
  });
}

export function useFlagPost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ post, request }: { post: Post; request: FlagPostRequest }) => flagPost(post.id, request),
    onSuccess: (_done, { post }) => markFlagged(queryClient, post),
  });
}
