import {
  IDEMPOTENCY_HEADER,
  postPageSchema,
  postRevisionListSchema,
  postSchema,
  reactionsResultSchema,
  threadDetailSchema,
  threadTeaserSchema,
  type CreatePostRequest,
  type EditPostRequest,
  type FlagPostRequest,
  type Post,
  type PostPage,
  type PostPageQuery,
  type PostRevision,
  type Reaction,
  type ReactionsResult,
  type ThreadDetail,
  type ThreadTeaser,
  type UpdateThreadRequest,
  type WatchLevel,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

const threadApi = (threadId: string, rest = '') => `/api/threads/${threadId}${rest}`;
const postApi = (postId: string, rest = '') => `/api/posts/${postId}${rest}`;

export function fetchThread(threadId: string, options?: RequestOptions): Promise<ThreadDetail> {
  return apiGet(threadApi(threadId), threadDetailSchema, undefined, options);
}

/** Only the title and community, for a link the viewer may not read yet (ADR 0015). */
export function fetchThreadTeaser(threadId: string, options?: RequestOptions): Promise<ThreadTeaser> {
  return apiGet(threadApi(threadId, '/teaser'), threadTeaserSchema, undefined, options);
}

export function updateThread(threadId: string, request: UpdateThreadRequest): Promise<ThreadDetail> {
  return apiSend('PATCH', threadApi(threadId), request, threadDetailSchema);
}

export function deleteThread(threadId: string): Promise<void> {
  return apiSend('DELETE', threadApi(threadId));
}

export function restoreThread(threadId: string): Promise<ThreadDetail> {
  return apiSend('POST', threadApi(threadId, '/restore'), undefined, threadDetailSchema);
}

/** A page by number, or (`near`) the page holding a post number, such as the first unread one. */
export function fetchPosts(threadId: string, query: PostPageQuery, options?: RequestOptions): Promise<PostPage> {
  return apiGet(threadApi(threadId, '/posts'), postPageSchema, { ...query }, options);
}

/** The same key sent again returns the first post, so a retried submit never posts twice. */
export function createPost(threadId: string, request: CreatePostRequest, idempotencyKey: string): Promise<Post> {
  return apiSend('POST', threadApi(threadId, '/posts'), request, postSchema, {
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
}

export function acceptAnswer(threadId: string, postId: string | null): Promise<ThreadDetail> {
  return apiSend('PUT', threadApi(threadId, '/accepted-answer'), { postId }, threadDetailSchema);
}

export function markRead(threadId: string, number: number): Promise<void> {
  return apiSend('PUT', threadApi(threadId, '/read'), { number });
}

export function watchThread(threadId: string, level: WatchLevel): Promise<void> {
  return apiSend('PUT', threadApi(threadId, '/watch'), { level });
}

/** Refused (409) when someone else edited the post since `baseRevision`. */
export function editPost(postId: string, request: EditPostRequest): Promise<Post> {
  return apiSend('PATCH', postApi(postId), request, postSchema);
}

export function deletePost(postId: string): Promise<void> {
  return apiSend('DELETE', postApi(postId));
}

export function restorePost(postId: string): Promise<Post> {
  return apiSend('POST', postApi(postId, '/restore'), undefined, postSchema);
}

/** Oldest first, each with its word-level changes from the one before. */
export async function fetchRevisions(postId: string, options?: RequestOptions): Promise<PostRevision[]> {
  return (await apiGet(postApi(postId, '/revisions'), postRevisionListSchema, undefined, options)).items;
}

export function setReaction(postId: string, reaction: Reaction, on: boolean): Promise<ReactionsResult> {
  return apiSend(on ? 'PUT' : 'DELETE', postApi(postId, `/reactions/${reaction}`), undefined, reactionsResultSchema);
}

export function flagPost(postId: string, request: FlagPostRequest): Promise<void> {
  return apiSend('POST', postApi(postId, '/flags'), request);
}
