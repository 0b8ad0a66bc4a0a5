import { Injectable, Logger } from '@nestjs/common';
import { streams, type PersonRef } from '@commonroom/contracts';
import { z } from 'zod';
import type { RealtimeServer, RealtimeSocket } from './realtime.types';

/** One typing notice per socket and thread in this window; the client sends them about as often. */
export const TYPING_INTERVAL_MS = 2000;
/** How long to wait for other nodes' answer to "who is in this room". */
const PRESENCE_TIMEOUT_MS = 3000;
/** The least time between two presence announcements in one room (a class opening a thread at once). */
export const PRESENCE_MIN_INTERVAL_MS = 1000;
const THREAD_ROOM = /^thread:([0-9a-f-]{36})$/;
const typingRequestSchema = z.object({ threadId: z.uuid() });

/**
 * Who has a thread open and who is writing in it. Neither is sequenced nor stored: presence is
 * recomputed from the room (on every node, through the adapter) whenever someone enters or
 * leaves, and a typing notice is passed on at once or dropped.
 */
@Injectable()
export class ThreadPresence {
  private readonly logger = new Logger('ThreadPresence');
  private readonly lastTyping = new WeakMap<RealtimeSocket, Map<string, number>>();

  /**
   * Per room, the announcement in progress and whether another change came in meanwhile. Changes
   * that arrive while one is being gathered are folded into one more announcement, so a class of
   * a thousand opening a thread at once costs a few announcements, not a thousand.
   */
  private readonly announcing = new Map<string, { again: boolean; done: Promise<void> }>();

  /** Tells everyone in each of these rooms that is a thread who is there now. */
  async announce(io: RealtimeServer, rooms: Iterable<string>): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const room of rooms) {
      const threadId = THREAD_ROOM.exec(room)?.[1];
      if (!threadId) continue;
      const running = this.announcing.get(room);
      if (running) {
        running.again = true;
        pending.push(running.done);
        continue;
      }
      const entry = { again: false, done: Promise.resolve() };
      this.announcing.set(room, entry);
      entry.done = (async () => {
        do {
          entry.again = false;
          await this.announceOne(io, room, threadId);
          // Changes during the next moment wait for it: at most one announcement per room per interval.
          if (entry.again) await new Promise((resolve) => setTimeout(resolve, PRESENCE_MIN_INTERVAL_MS));
        } while (entry.again);
        this.announcing.delete(room);
      })();
      pending.push(entry.done);
    }
    await Promise.all(pending);
  }

  private async announceOne(io: RealtimeServer, room: string, threadId: string): Promise<void> {
    try {
      const sockets = await io.in(room).timeout(PRESENCE_TIMEOUT_MS).fetchSockets();
      io.to(room).emit('thread.presence', { threadId, people: distinctPeople(sockets.map((s) => s.data.person)) });
    } catch (err) {
      // A node that died a moment ago is still counted until its heartbeats stop; the next change corrects it.
      this.logger.warn({ err, threadId }, 'Thread presence could not be gathered from every node');
    }
  }

  /** Passes a typing notice to the others in the thread, if the sender is in it and not too eager. */
  typing(socket: RealtimeSocket, request: unknown): void {
    const parsed = typingRequestSchema.safeParse(request);
    if (!parsed.success) return;
    const { threadId } = parsed.data;
    const room = streams.thread(threadId);
    if (!socket.rooms.has(room)) return;
    const sent = this.lastTyping.get(socket) ?? new Map<string, number>();
    this.lastTyping.set(socket, sent);
    const now = Date.now();
    if (now - (sent.get(threadId) ?? -Infinity) < TYPING_INTERVAL_MS) return;
    sent.set(threadId, now);
    const { person } = socket.data;
    // Not to the sender's own other tabs either: every socket of a person is in their user room.
    socket.to(room).except(streams.user(person.id)).emit('thread.typing', { threadId, person });
  }
}

function distinctPeople(people: PersonRef[]): PersonRef[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
