import { z } from 'zod';
import type { PersonRef, Post, ReactionCount } from './api/discussions.js';

/**
 * Real-time streams. Every event on a stream carries a per-stream sequence number so a client
 * that reconnects can ask for exactly what it missed (`afterSeq`) and the server replays it from
 * PostgreSQL. Stream names are only ever built by these helpers.
 */
export const streams = {
  community: (id: string) => `community:${id}` as const,
  thread: (id: string) => `thread:${id}` as const,
  user: (id: string) => `user:${id}` as const,
};
export type StreamName = ReturnType<(typeof streams)[keyof typeof streams]>;

export const streamNameSchema = z.string().regex(/^(community|thread|user):[0-9a-f-]{36}$/, 'Unknown stream');

export const streamEnvelopeSchema = z.object({
  stream: streamNameSchema,
  seq: z.number().int().min(1),
  type: z.string(),
  payload: z.unknown(),
  occurredAt: z.iso.datetime(),
});
export type StreamEnvelope<TPayload = unknown> = Omit<z.infer<typeof streamEnvelopeSchema>, 'payload'> & {
  payload: TPayload;
};

export const subscribeRequestSchema = z.object({
  stream: streamNameSchema,
  afterSeq: z.number().int().min(0).default(0),
});
export type SubscribeRequest = z.infer<typeof subscribeRequestSchema>;

/**
 * `reset` means the server no longer holds everything after `afterSeq` (events are kept for a
 * limited time): the client reloads the page's data over HTTP and continues from `headSeq`.
 */
export type SubscribeAck =
  | { ok: true; stream: string; replayed: number; headSeq: number; reset: boolean }
  | { ok: false; code: 'not_found' | 'validation_failed' };

/**
 * Every sequenced event and its payload, by type. Payloads carry what an open page needs to
 * update itself without a request; anything viewer-specific (abilities, "mine") is left for the
 * client to work out or to fetch.
 */
export interface StreamEventMap {
  /** thread:<id> */
  'post.created': { post: Post };
  'post.edited': { post: Post };
  /** Hidden by a moderator or deleted: readers replace the post by a placeholder. */
  'post.removed': { postId: string; number: number; state: 'hidden' | 'deleted' };
  'post.restored': { post: Post };
  /** `change` is the reaction that caused this count, so the person who gave it can update "mine". */
  'post.reactions': {
    postId: string;
    reactions: ReactionCount[];
    change: { userId: string; reaction: string; added: boolean };
  };
  'thread.updated': {
    threadId: string;
    title: string;
    tags: string[];
    pinned: boolean;
    locked: boolean;
    categoryId: string;
    acceptedPostId: string | null;
    deleted: boolean;
  };
  /** community:<id> */
  'forum.thread_activity': {
    threadId: string;
    categoryId: string;
    title: string;
    postCount: number;
    lastPostAt: string;
    lastPoster: PersonRef;
  };
  /** user:<id>: a new message in one of the person's conversations (their list and unread count update). */
  'conversation.activity': { conversationId: string; postCount: number; lastPostAt: string; lastPoster: PersonRef };
  /** user:<id>: a notice was added (or grew). Only the count: never a title, text or name. */
  'notification.created': { unreadCount: number };
  /** user:<id>: notices were marked read (on any of the person's devices). */
  'notification.read': { unreadCount: number };
}
export type StreamEventType = keyof StreamEventMap;

/** An envelope narrowed by its type, for handlers. */
export type TypedStreamEnvelope<T extends StreamEventType = StreamEventType> = {
  [K in T]: StreamEnvelope<StreamEventMap[K]> & { type: K };
}[T];

/** Who has a thread open right now, and who is writing; not sequenced, never replayed. */
export interface ThreadPresence {
  threadId: string;
  people: PersonRef[];
}
export interface ThreadTyping {
  threadId: string;
  person: PersonRef;
}

/** Events the server sends. */
export interface ServerToClientEvents {
  'stream.event': (envelope: StreamEnvelope) => void;
  'thread.presence': (presence: ThreadPresence) => void;
  'thread.typing': (typing: ThreadTyping) => void;
  /** The person may no longer follow this stream (left, removed, affiliation ended): it was left for them. */
  'stream.revoked': (notice: { stream: StreamName }) => void;
}

/** Events a client sends, each with an acknowledgement callback. */
export interface ClientToServerEvents {
  'stream.subscribe': (request: SubscribeRequest, ack: (result: SubscribeAck) => void) => void;
  'stream.unsubscribe': (request: { stream: string }, ack: (result: { ok: boolean }) => void) => void;
  /** Sent at most every few seconds while the person types a reply in an open thread. */
  'thread.typing': (request: { threadId: string }) => void;
}
