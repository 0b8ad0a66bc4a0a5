import type {
  CreateCategoryRequest,
  CreateThreadRequest,
  ForumIndex,
  ModeratePostRequest,
  ModerationQueueQuery,
  UpdateCategoryRequest,
  WatchLevel,
} from '@commonroom/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { forumKeys } from './forum-keys';
import { replacePost } from './thread-cache';
import {
  createCategory,
  createThread,
  deleteCategory,
  fetchCategoryPage,
  fetchForumIndex,
  fetchModerationQueue,
  moderatePost,
  reorderCategories,
  updateCategory,
  watchCategory,
  type CategoryQuery,
} from './forums.api';

export function useForumIndex(slug: string) {
  return useQuery({ queryKey: forumKeys.index(slug), queryFn: ({ signal }) => fetchForumIndex(slug, { signal }) });
}

export function useCategoryPage(slug: string, categorySlug: string, query: CategoryQuery) {
  return useQuery({
    queryKey: forumKeys.category(slug, categorySlug, query),
    queryFn: ({ signal }) => fetchCategoryPage(slug, categorySlug, query, { signal }),
    // The current page stays on screen while the next one or another tag loads: no flashing.
    placeholderData: keepPreviousData,
  });
}

export function useModerationQueue(slug: string, view: ModerationQueueQuery['view']) {
  return useQuery({
    queryKey: forumKeys.moderation(slug, view),
    queryFn: ({ signal }) => fetchModerationQueue(slug, view, { signal }),
  });
}

/** Category changes touch the index and the listings (names, counts, the moderation badge). */
function useRefreshForum(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: forumKeys.community(slug) });
}

export function useCreateCategory(slug: string) {
  const refresh = useRefreshForum(slug);
  return useMutation({
    mutationFn: (request: CreateCategoryRequest) => createCategory(slug, request),
    onSuccess: refresh,
  });
}

export function useUpdateCategory(slug: string) {
  const refresh = useRefreshForum(slug);
  return useMutation({
    mutationFn: ({ categoryId, request }: { categoryId: string; request: UpdateCategoryRequest }) =>
      updateCategory(categoryId, request),
    onSuccess: refresh,
  });
}

export function useDeleteCategory(slug: string) {
  const refresh = useRefreshForum(slug);
  return useMutation({ mutationFn: (categoryId: string) => deleteCategory(categoryId), onSuccess: refresh });
}

/**
 * Moves show at once (the index is reordered in the cache) and are put back if the server
 * refuses, so pressing "Move up" several times in a row feels immediate.
 */
export function useReorderCategories(slug: string) {
  const queryClient = useQueryClient();
  const key = forumKeys.index(slug);
  return useMutation({
    mutationFn: (categoryIds: string[]) => reorderCategories(slug, categoryIds),
    onMutate: async (categoryIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ForumIndex>(key);
      if (previous) {
        const byId = new Map(previous.categories.map((category) => [category.id, category]));
        const categories = categoryIds.flatMap((id, position) => {
          const category = byId.get(id);
          return category ? [{ ...category, position }] : [];
        });
        queryClient.setQueryData<ForumIndex>(key, { ...previous, categories });
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
  });
}

export function useWatchCategory(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ categoryId, level }: { categoryId: string; level: WatchLevel }) => watchCategory(categoryId, level),
    onSuccess: (_nothing, { categoryId, level }) => {
      queryClient.setQueryData<ForumIndex>(
        forumKeys.index(slug),
        (index) =>
          index && {
            ...index,
            categories: index.categories.map((c) => (c.id === categoryId ? { ...c, watchLevel: level } : c)),
          },
      );
      return queryClient.invalidateQueries({ queryKey: forumKeys.categories(slug) });
    },
  });
}

export function useCreateThread(slug: string, categorySlug: string) {
  const refresh = useRefreshForum(slug);
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: CreateThreadRequest; idempotencyKey: string }) =>
      createThread(slug, categorySlug, request, idempotencyKey),
    onSuccess: refresh,
  });
}

/** The post changes in place wherever it is shown; the queue and the index's flag count follow. */
export function useModeratePost(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, request }: { postId: string; request: ModeratePostRequest }) =>
      moderatePost(postId, request),
    onSuccess: (post) => {
      replacePost(queryClient, post);
      return queryClient.invalidateQueries({ queryKey: forumKeys.community(slug) });
    },
  });
}
