import { Injectable, Logger } from '@nestjs/common';
import { streamNameSchema, streams, type StreamName } from '@commonroom/contracts';
import { RealtimeAccess } from './realtime-access';
import type { RealtimeServer, RealtimeSocket } from './realtime.types';
import { SocketSessions } from './socket-sessions';
import { StreamAuthorizers } from './stream-authorizers';
import { ThreadPresence } from './thread-presence';

/** The inter-node request: "re-check this person's connections", answered when done. */
export const ACCESS_CHANGED = 'access.changed';

/**
 * `RealtimeAccess` on socket.io. Each node re-checks the connections it holds, because only it
 * knows their session tokens: the node where the change happened does its own at once and asks
 * the others through the adapter (`serverSideEmitWithAck`), waiting for their answers.
 */
@Injectable()
export class StreamAccessRecheck extends RealtimeAccess {
  private readonly logger = new Logger('StreamAccessRecheck');
  private io: RealtimeServer | undefined;

  constructor(
    private readonly sessions: SocketSessions,
    private readonly authorizers: StreamAuthorizers,
    private readonly presence: ThreadPresence,
  ) {
    super();
  }

  /** Called by the gateway once its server exists (never in the CLI, where there are no sockets). */
  attach(io: RealtimeServer): void {
    this.io = io;
    io.on(ACCESS_CHANGED, (userId, done) => {
      this.here(io, userId)
        .catch((err: unknown) => this.logger.error({ err }, 'Re-checking real-time access failed'))
        .finally(() => done(true));
    });
  }

  async accessChanged(userId: string): Promise<void> {
    const io = this.io;
    if (!io) return;
    const others = io.serverSideEmitWithAck(ACCESS_CHANGED, userId).catch((err: unknown) => {
      // A node that did not answer in time: the outbox event of the change asks it again.
      this.logger.warn({ err }, 'Not every node confirmed re-checking real-time access');
    });
    const failed = (err: unknown) => this.logger.error({ err }, 'Re-checking real-time access failed');
    const mine = this.here(io, userId).catch(failed);
    await Promise.all([mine, others]);
  }

  /** This node's connections of the person (every socket of a person is in their user room). */
  private async here(io: RealtimeServer, userId: string): Promise<void> {
    const namespace = io.of('/');
    const ids = namespace.adapter.rooms.get(streams.user(userId)) ?? new Set<string>();
    const sockets = [...ids].map((id) => namespace.sockets.get(id)).filter((s): s is RealtimeSocket => s !== undefined);
    await Promise.all(sockets.map((socket) => this.sessions.inTurn(socket, () => this.recheck(io, socket))));
  }

  private async recheck(io: RealtimeServer, socket: RealtimeSocket): Promise<void> {
    const actor = await this.sessions.actorOf(socket);
    if (!actor) {
      socket.disconnect(true);
      return;
    }
    const revoked: StreamName[] = [];
    for (const room of [...socket.rooms]) {
      const parsed = streamNameSchema.safeParse(room);
      if (!parsed.success) continue; // the socket's own room
      const stream = parsed.data as StreamName;
      if (await this.authorizers.allows(actor, stream)) continue;
      await socket.leave(stream);
      socket.emit('stream.revoked', { stream });
      revoked.push(stream);
    }
    await this.presence.announce(io, revoked);
  }
}
