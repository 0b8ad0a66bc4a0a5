import {
  categoryPageSchema,
  createdThreadSchema,
  forumCategorySchema,
  forumIndexSchema,
  IDEMPOTENCY_HEADER,
  mentionSuggestionsSchema,
  moderationQueueSchema,
  postSchema,
  type CategoryPage,
  type CreateCategoryRequest,
  type CreatedThread,
  type CreateThreadRequest,
  type ForumCategory,
  type ForumIndex,
  type MentionSuggestions,
  type ModeratePostRequest,
  type ModerationQueue,
  type ModerationQueueQuery,
  type Post,
  type UpdateCategoryRequest,
  type WatchLevel,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

/** `/api/communities/<slug>/…`, with the slug encoded once here. */
function communityApi(slug: string, rest: string): string {
  return `/api/communities/${encodeURIComponent(slug)}${rest}`;
}

export function fetchForumIndex(slug: string, options?: RequestOptions): Promise<ForumIndex> {
  return apiGet(communityApi(slug, '/forum'), forumIndexSchema, undefined, options);
}

export function createCategory(slug: string, request: CreateCategoryRequest): Promise<ForumCategory> {
  return apiSend('POST', communityApi(slug, '/forum/categories'), request, forumCategorySchema);
}

/** Every category's id, in the new order. */
export function reorderCategories(slug: string, categoryIds: string[]): Promise<void> {
  return apiSend('PUT', communityApi(slug, '/forum/category-order'), { categoryIds });
}

export function updateCategory(categoryId: string, request: UpdateCategoryRequest): Promise<ForumCategory> {
  return apiSend('PATCH', `/api/forum-categories/${categoryId}`, request, forumCategorySchema);
}

/** Refused (409) while the category holds threads. */
export function deleteCategory(categoryId: string): Promise<void> {
  return apiSend('DELETE', `/api/forum-categories/${categoryId}`);
}

export function watchCategory(categoryId: string, level: WatchLevel): Promise<void> {
  return apiSend('PUT', `/api/forum-categories/${categoryId}/watch`, { level });
}

export interface CategoryQuery {
  page: number;
  tag?: string | undefined;
}

export function fetchCategoryPage(
  slug: string,
  categorySlug: string,
  query: CategoryQuery,
  options?: RequestOptions,
): Promise<CategoryPage> {
  return apiGet(
    communityApi(slug, `/forum/categories/${encodeURIComponent(categorySlug)}`),
    categoryPageSchema,
    { ...query },
    options,
  );
}

/** The same key sent again returns the first result, so a retried submit never makes two threads. */
export function createThread(
  slug: string,
  categorySlug: string,
  request: CreateThreadRequest,
  idempotencyKey: string,
): Promise<CreatedThread> {
  const path = communityApi(slug, `/forum/categories/${encodeURIComponent(categorySlug)}/threads`);
  return apiSend('POST', path, request, createdThreadSchema, { headers: { [IDEMPOTENCY_HEADER]: idempotencyKey } });
}

export function fetchModerationQueue(
  slug: string,
  view: ModerationQueueQuery['view'],
  options?: RequestOptions,
): Promise<ModerationQueue> {
  return apiGet(communityApi(slug, '/moderation'), moderationQueueSchema, { view }, options);
}

export function moderatePost(postId: string, request: ModeratePostRequest): Promise<Post> {
  return apiSend('POST', `/api/posts/${postId}/moderation`, request, postSchema);
}

export function fetchMentionSuggestions(
  slug: string,
  q: string,
  options?: RequestOptions,
): Promise<MentionSuggestions> {
  return apiGet(communityApi(slug, '/mention-suggestions'), mentionSuggestionsSchema, { q }, options);
}
