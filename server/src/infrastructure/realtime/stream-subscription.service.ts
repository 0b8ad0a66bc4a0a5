import { Injectable } from '@nestjs/common';
import { streamNameSchema, subscribeRequestSchema, type StreamName, type SubscribeAck } from '@commonroom/contracts';
import type { Actor } from '../auth/actor';
import type { RealtimeSocket } from './realtime.types';
import { StreamAuthorizers } from './stream-authorizers';
import { StreamEventsRepository, type StreamBacklog } from './stream-events.repository';

/**
 * The most events one subscription replays. A client further behind is told to reload (`reset`):
 * one HTTP request is cheaper than hundreds of socket messages.
 */
export const REPLAY_LIMIT = 500;

/** Joins a socket to the streams its person may follow and replays what they missed. */
@Injectable()
export class StreamSubscriptionService {
  constructor(
    private readonly authorizers: StreamAuthorizers,
    private readonly events: StreamEventsRepository,
  ) {}

  /**
   * Joins the room first and reads the backlog after: an event committed before the read is in
   * the replay, one committed after it is delivered to the room, and one in both is dropped by
   * the client (same seq). So nothing falls between the two.
   */
  async subscribe(socket: RealtimeSocket, actor: Actor, request: unknown): Promise<SubscribeAck> {
    const parsed = subscribeRequestSchema.safeParse(request);
    if (!parsed.success) return { ok: false, code: 'validation_failed' };
    const stream = parsed.data.stream as StreamName;
    const { afterSeq } = parsed.data;
    // Forbidden and missing look the same, so a stream name reveals nothing.
    if (!(await this.authorizers.allows(actor, stream))) return { ok: false, code: 'not_found' };

    await socket.join(stream);
    const backlog = await this.events.backlog(stream, afterSeq, REPLAY_LIMIT);
    const reset = mustReset(backlog, afterSeq);
    if (!reset) for (const envelope of backlog.events) socket.emit('stream.event', envelope);
    return { ok: true, stream, replayed: reset ? 0 : backlog.events.length, headSeq: backlog.headSeq, reset };
  }

  /** Leaves a stream's room; answers whether the socket was in it. */
  async unsubscribe(socket: RealtimeSocket, request: unknown): Promise<{ ok: boolean }> {
    const parsed = streamNameSchema.safeParse((request as { stream?: unknown } | null)?.stream);
    if (!parsed.success || !socket.rooms.has(parsed.data)) return { ok: false };
    await socket.leave(parsed.data);
    return { ok: true };
  }
}

/**
 * The client cannot be brought up to date event by event when it missed more than the replay
 * limit, when what it missed was pruned, or when it claims a position the stream never reached
 * (a restored database): it reloads and continues from the head.
 */
function mustReset({ headSeq, oldestSeq }: StreamBacklog, afterSeq: number): boolean {
  const missed = headSeq - afterSeq;
  if (missed === 0) return false;
  if (missed < 0 || missed > REPLAY_LIMIT) return true;
  return oldestSeq === null || oldestSeq > afterSeq + 1;
}
