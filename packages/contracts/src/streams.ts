import { z } from 'zod';

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

export type SubscribeAck =
  | { ok: true; stream: string; replayed: number; headSeq: number }
  | { ok: false; code: 'not_found' | 'validation_failed' };

/** Events the server sends. Features add entries as they go live. */
export interface ServerToClientEvents {
  'stream.event': (envelope: StreamEnvelope) => void;
}

/** Events a client sends, each with an acknowledgement callback. */
export interface ClientToServerEvents {
  'stream.subscribe': (request: SubscribeRequest, ack: (result: SubscribeAck) => void) => void;
  'stream.unsubscribe': (request: { stream: string }, ack: (result: { ok: boolean }) => void) => void;
}
