import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import {
  Ack,
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { ErrorCode, streams, type StreamEnvelope, type SubscribeAck } from '@commonroom/contracts';
import { MetricsService } from '../observability/metrics.service';
import type { RealtimeServer, RealtimeSocket } from './realtime.types';
import { HandshakeRefused, SocketHandshake } from './socket-handshake';
import { SocketSessions } from './socket-sessions';
import { StreamAccessRecheck } from './stream-access-recheck';
import { StreamSubscriptionService } from './stream-subscription.service';
import { ThreadPresence } from './thread-presence';

/** Events per message to the other nodes: large enough to be few, small enough for one attachment row. */
const FORWARD_BATCH = 500;

/**
 * The socket.io side of real-time streams. `RealtimeIoAdapter` (set in `createApp`) creates the
 * server: same port, `/socket.io`, websocket only, the PostgreSQL adapter between nodes. The
 * handshake is checked by a middleware (session cookie, Origin) before a connection exists.
 * The CLI runs the app without HTTP: no server is created there, and `emit` does nothing.
 */
@WebSocketGateway()
export class RealtimeGateway
  implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, BeforeApplicationShutdown
{
  private readonly logger = new Logger('RealtimeGateway');
  /** Each socket's rooms as it began to disconnect: socket.io has left them by `disconnect`. */
  private readonly lastRooms = new WeakMap<RealtimeSocket, string[]>();
  @WebSocketServer() private readonly io: RealtimeServer | undefined;
  private closing = false;

  constructor(
    private readonly handshake: SocketHandshake,
    private readonly sessions: SocketSessions,
    private readonly access: StreamAccessRecheck,
    private readonly subscriptions: StreamSubscriptionService,
    private readonly presence: ThreadPresence,
    private readonly metrics: MetricsService,
  ) {}

  afterInit(io: RealtimeServer): void {
    io.use((socket, next) => {
      this.handshake.authenticate(socket.handshake.headers).then(
        ({ actor, token }) => {
          socket.data.person = { id: actor.userId, displayName: actor.displayName };
          this.sessions.remember(socket, token);
          next();
        },
        (err: unknown) => {
          if (err instanceof HandshakeRefused) return next(err);
          // Never send an internal error's message to the browser.
          this.logger.error({ err }, 'Real-time handshake failed');
          next(new HandshakeRefused(ErrorCode.ServiceUnavailable, 'Live updates are unavailable right now.'));
        },
      );
    });
    this.access.attach(io);
    io.on('stream.events', (envelopes) => this.emitLocally(envelopes));
  }

  handleConnection(socket: RealtimeSocket): void {
    this.metrics.realtimeSockets.inc();
    void socket.join(streams.user(socket.data.person.id));
    socket.on('disconnecting', () => this.lastRooms.set(socket, [...socket.rooms]));
  }

  handleDisconnect(socket: RealtimeSocket): void {
    this.metrics.realtimeSockets.dec();
    if (!this.closing && this.io) void this.presence.announce(this.io, this.lastRooms.get(socket) ?? []);
  }

  /** Nest closes the server (through the adapter) after this: sockets leaving then are not news. */
  beforeApplicationShutdown(): void {
    this.closing = true;
  }

  @SubscribeMessage('stream.subscribe')
  onSubscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() request: unknown, @Ack() ack: unknown): void {
    if (typeof ack !== 'function') return;
    this.subscribe(socket, request)
      .then(async (result) => {
        (ack as (result: SubscribeAck) => void)(result);
        if (result.ok && this.io) await this.presence.announce(this.io, [result.stream]);
      })
      // Left unanswered: the client subscribes again when it reconnects.
      .catch((err: unknown) => this.logger.error({ err }, 'Stream subscription failed'));
  }

  @SubscribeMessage('stream.unsubscribe')
  onUnsubscribe(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() request: unknown, @Ack() ack: unknown): void {
    this.subscriptions
      .unsubscribe(socket, request)
      .then(async (result) => {
        if (typeof ack === 'function') (ack as (result: { ok: boolean }) => void)(result);
        if (result.ok && this.io) await this.presence.announce(this.io, [(request as { stream: string }).stream]);
      })
      .catch((err: unknown) => this.logger.error({ err }, 'Stream unsubscription failed'));
  }

  @SubscribeMessage('thread.typing')
  onTyping(@ConnectedSocket() socket: RealtimeSocket, @MessageBody() request: unknown): void {
    this.presence.typing(socket, request);
  }

  /** How many nodes this one hears through the adapter, itself included (readiness, tests). */
  async nodeCount(): Promise<number> {
    return this.io ? this.io.of('/').adapter.serverCount() : 0;
  }

  /** Emits an event to its stream's room on every node. Fire and forget: clients recover gaps. */
  emit(envelope: StreamEnvelope): void {
    this.io?.to(envelope.stream).emit('stream.event', envelope);
  }

  /**
   * `emit` for many events: each would be its own message (a NOTIFY) to the other nodes, 40,000 of
   * them for an announcement. Here this node emits to the rooms it holds sockets in, and the other
   * nodes, if any, get the events in a few messages and do the same.
   */
  emitMany(envelopes: StreamEnvelope[]): void {
    const io = this.io;
    if (!io) return;
    this.emitLocally(envelopes);
    void io
      .of('/')
      .adapter.serverCount()
      .then((nodes) => {
        if (nodes <= 1) return;
        for (let i = 0; i < envelopes.length; i += FORWARD_BATCH) {
          io.serverSideEmit('stream.events', envelopes.slice(i, i + FORWARD_BATCH));
        }
      })
      .catch((err: unknown) => this.logger.warn({ err }, 'Forwarding stream events failed; clients catch up'));
  }

  private emitLocally(envelopes: StreamEnvelope[]): void {
    const rooms = this.io?.of('/').adapter.rooms;
    if (!rooms) return;
    for (const envelope of envelopes) {
      if (rooms.has(envelope.stream)) this.io!.local.to(envelope.stream).emit('stream.event', envelope);
    }
  }

  /**
   * Checks the session again first: a connection outlives a sign-out in another tab. In turn with
   * the socket's access re-checks, so a subscription racing a lost access cannot outlive it.
   */
  private subscribe(socket: RealtimeSocket, request: unknown): Promise<SubscribeAck> {
    return this.sessions.inTurn(socket, async () => {
      const actor = await this.sessions.actorOf(socket);
      if (!actor) {
        socket.disconnect(true);
        return { ok: false, code: 'not_found' } as const;
      }
      return this.subscriptions.subscribe(socket, actor, request);
    });
  }
}
