import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ErrorCode, streams, type StreamEnvelope, type SubscribeAck } from '@commonroom/contracts';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Server as HttpServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';
import type { DatabaseConnection } from '../database/data-source';
import { DATABASE_CONNECTION } from '../database/database.tokens';
import { MetricsService } from '../observability/metrics.service';
import type { RealtimeServer, RealtimeSocket } from './realtime.types';
import { HandshakeRefused, SocketHandshake } from './socket-handshake';
import { StreamSubscriptionService } from './stream-subscription.service';
import { ThreadPresence } from './thread-presence';

/**
 * Connections for the adapter: one held for LISTEN, one for NOTIFY. The adapter broadcasts to
 * local sockets only after its NOTIFY returns; one publishing connection keeps a node's
 * broadcasts in the order they were made (the client would recover from any other order, but
 * by subscribing again).
 */
/** How long shutdown waits for the adapter's listening connection to come back to the pool. */
const ADAPTER_RELEASE_WAIT_MS = 3000;
const ADAPTER_POOL_SIZE = 2;

/**
 * socket.io on the app's own HTTP server (same port, `/socket.io`), websocket transport only:
 * with no long-polling, a connection never spans two nodes, so no sticky sessions are needed.
 * `@socket.io/postgres-adapter` passes room broadcasts between nodes over LISTEN/NOTIFY on the
 * app database. Attached at bootstrap, before the server listens; closed before it stops.
 */
@Injectable()
export class RealtimeGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('RealtimeGateway');
  /** The session token of each connection, kept on this node only (never in `socket.data`). */
  private readonly tokens = new WeakMap<RealtimeSocket, string>();
  private io: RealtimeServer | undefined;
  private pool: pg.Pool | undefined;
  private closing = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
    private readonly handshake: SocketHandshake,
    private readonly subscriptions: StreamSubscriptionService,
    private readonly presence: ThreadPresence,
    private readonly metrics: MetricsService,
  ) {}

  onApplicationBootstrap(): void {
    // The CLI runs the app without HTTP: no connections to serve, and `emit` does nothing.
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return;
    this.pool = new pg.Pool({ connectionString: this.connection.url, max: ADAPTER_POOL_SIZE });
    this.pool.on('error', (err) => this.logger.warn({ err }, 'Real-time adapter connection failed; it reconnects'));
    // The adapter holds one client out of the pool for LISTEN; the pool's handler does not cover it.
    this.pool.on('connect', (client) => {
      client.on('error', (err) => this.logger.warn({ err }, 'Real-time adapter connection lost; it reconnects'));
    });
    const io: RealtimeServer = new Server(httpServer, {
      path: '/socket.io',
      transports: ['websocket'],
      serveClient: false,
      adapter: createAdapter(this.pool, { errorHandler: (err) => this.adapterError(err) }),
    });
    io.use((socket, next) => {
      this.handshake.authenticate(socket.handshake.headers).then(
        ({ actor, token }) => {
          socket.data.person = { id: actor.userId, displayName: actor.displayName };
          this.tokens.set(socket, token);
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
    io.on('connection', (socket) => this.connected(io, socket));
    this.io = io;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    const namespace = this.io?.of('/');
    const adapter = namespace?.adapter as unknown as { client?: { close(): void } } | undefined;
    // Closes every socket, the adapter and the engine, but not the HTTP server: `io.close()` would
    // close that too, at once, and then wait for a keep-alive connection that was busy at that
    // moment (a refused upload still sending) to time out. Fastify closes the server itself,
    // after this hook, handling such connections.
    namespace?.disconnectSockets(true);
    await namespace?.adapter.close();
    this.io?.engine.close();
    // The adapter takes its listening connection from the pool asynchronously. Closed while that
    // is still under way (an app stopped right after starting), it cannot release it, and
    // pool.end() would wait for ever: close its pub/sub client again once the connection is in
    // hand, for a bounded time.
    for (let waited = 0; this.pool && this.pool.totalCount > this.pool.idleCount && waited < ADAPTER_RELEASE_WAIT_MS; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      adapter?.client?.close();
    }
    await this.pool?.end();
  }

  /** How many nodes this one hears through the adapter, itself included (readiness, tests). */
  async nodeCount(): Promise<number> {
    return this.io ? this.io.of('/').adapter.serverCount() : 0;
  }

  /** Emits an event to its stream's room on every node. Fire and forget: clients recover gaps. */
  emit(envelope: StreamEnvelope): void {
    this.io?.to(envelope.stream).emit('stream.event', envelope);
  }

  private connected(io: RealtimeServer, socket: RealtimeSocket): void {
    this.metrics.realtimeSockets.inc();
    void socket.join(streams.user(socket.data.person.id));
    let threadRooms: string[] = [];

    socket.on('stream.subscribe', (request, ack) => {
      if (typeof ack !== 'function') return;
      this.subscribe(socket, request)
        .then(async (result) => {
          ack(result);
          if (result.ok) await this.presence.announce(io, [result.stream]);
        })
        // Left unanswered: the client subscribes again when it reconnects.
        .catch((err: unknown) => this.logger.error({ err }, 'Stream subscription failed'));
    });
    socket.on('stream.unsubscribe', (request, ack) => {
      this.subscriptions
        .unsubscribe(socket, request)
        .then(async (result) => {
          if (typeof ack === 'function') ack(result);
          if (result.ok) await this.presence.announce(io, [request.stream]);
        })
        .catch((err: unknown) => this.logger.error({ err }, 'Stream unsubscription failed'));
    });
    socket.on('thread.typing', (request) => this.presence.typing(socket, request));
    socket.on('disconnecting', () => {
      threadRooms = [...socket.rooms];
    });
    socket.on('disconnect', () => {
      this.metrics.realtimeSockets.dec();
      if (!this.closing) void this.presence.announce(io, threadRooms);
    });
  }

  /** Checks the session again first: a connection outlives a sign-out in another tab. */
  private async subscribe(socket: RealtimeSocket, request: unknown): Promise<SubscribeAck> {
    const token = this.tokens.get(socket);
    const actor = token ? await this.handshake.stillSignedIn(token) : null;
    if (!actor) {
      socket.disconnect(true);
      return { ok: false, code: 'not_found' };
    }
    return this.subscriptions.subscribe(socket, actor, request);
  }

  private adapterError(err: Error): void {
    if (this.closing) return;
    this.logger.warn({ err }, 'Real-time adapter could not reach other nodes');
  }
}
