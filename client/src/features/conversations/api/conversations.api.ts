import {
  conversationListSchema,
  conversationSchema,
  IDEMPOTENCY_HEADER,
  moderationQueueSchema,
  peopleSearchResultSchema,
  postPageSchema,
  postSchema,
  type Conversation,
  type ConversationList,
  type FlagPostRequest,
  type ModerationQueue,
  type PeopleSearchResult,
  type Post,
  type PostPage,
} from '@commonroom/contracts';
import { apiGet, apiSend, type RequestOptions } from '../../../shared/api/api-client';

const conversationPath = (id: string, rest = '') => `/api/conversations/${encodeURIComponent(id)}${rest}`;
// A conversation's messages are its discussion thread's posts (docs/conversations.md).
const messagesPath = (id: string, rest = '') => `/api/threads/${encodeURIComponent(id)}${rest}`;

export function fetchConversations(options?: RequestOptions): Promise<ConversationList> {
  return apiGet('/api/conversations', conversationListSchema, undefined, options);
}

export function fetchConversation(id: string, options?: RequestOptions): Promise<Conversation> {
  return apiGet(conversationPath(id), conversationSchema, undefined, options);
}

/** The page of messages holding message `near` (the newest, when opening a conversation). */
export function fetchMessages(id: string, near: number, options?: RequestOptions): Promise<PostPage> {
  return apiGet(messagesPath(id, '/posts'), postPageSchema, { near: Math.max(1, near) }, options);
}

/** Starts a conversation, or finds the one-to-one you already have with that person. */
export function startConversation(participantIds: string[]): Promise<Conversation> {
  return apiSend('POST', '/api/conversations', { participantIds }, conversationSchema);
}

/** The `Idempotency-Key` makes a retried send (a lost answer) one message, not two. */
export function sendMessage(id: string, raw: string, idempotencyKey: string): Promise<Post> {
  return apiSend('POST', messagesPath(id, '/posts'), { raw }, postSchema, {
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
}

export function markRead(id: string, number: number): Promise<void> {
  return apiSend('PUT', messagesPath(id, '/read'), { number });
}

export function leaveConversation(id: string): Promise<void> {
  return apiSend('POST', conversationPath(id, '/leave'));
}

export function addPeople(id: string, participantIds: string[]): Promise<Conversation> {
  return apiSend('POST', conversationPath(id, '/participants'), { participantIds }, conversationSchema);
}

/** People to add, found by name through the people finder. */
export function findPeople(q: string, options?: RequestOptions): Promise<PeopleSearchResult> {
  return apiGet('/api/people', peopleSearchResultSchema, { q }, options);
}

/** Reports a message to the platform admins, through the engine's flag route. */
export function reportMessage(postId: string, request: FlagPostRequest): Promise<void> {
  return apiSend('POST', `/api/posts/${encodeURIComponent(postId)}/flags`, request);
}

/** Reported messages waiting for review (platform admins only). */
export function fetchReports(options?: RequestOptions): Promise<ModerationQueue> {
  return apiGet('/api/moderation/conversations', moderationQueueSchema, undefined, options);
}

/** Hides a reported message (with the reason its author sees) or closes the report and keeps it. */
export function reviewReport(
  postId: string,
  body: { action: 'hide'; reason: string } | { action: 'dismiss' },
): Promise<Post> {
  return apiSend('POST', `/api/posts/${encodeURIComponent(postId)}/moderation`, body, postSchema);
}
