import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import type { RealtimeSocket } from './realtime.types';
import { SocketHandshake } from './socket-handshake';

/**
 * What this node alone knows about its connections: each one's session token (never in
 * `socket.data`, which other nodes can read through the adapter) and a queue that makes a
 * socket's subscriptions and access re-checks take turns.
 */
@Injectable()
export class SocketSessions {
  private readonly tokens = new WeakMap<RealtimeSocket, string>();
  private readonly turns = new WeakMap<RealtimeSocket, Promise<unknown>>();

  constructor(private readonly handshake: SocketHandshake) {}

  remember(socket: RealtimeSocket, token: string): void {
    this.tokens.set(socket, token);
  }

  /** The person behind the connection now; null once its session ended (signed out, revoked, expired). */
  async actorOf(socket: RealtimeSocket): Promise<Actor | null> {
    const token = this.tokens.get(socket);
    return token ? this.handshake.stillSignedIn(token) : null;
  }

  /**
   * Runs `work` after the socket's earlier work. A subscription that read access just before a
   * change commits has joined its room before the re-check that follows the change starts, so the
   * re-check sees (and evicts) it; a subscription queued after the re-check reads the new access.
   */
  inTurn<T>(socket: RealtimeSocket, work: () => Promise<T>): Promise<T> {
    const next = (this.turns.get(socket) ?? Promise.resolve()).then(work, work);
    this.turns.set(
      socket,
      next.catch(() => undefined),
    );
    return next;
  }
}
