import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import { Server, type ServerOptions } from 'socket.io';

/**
 * Connections for the adapter: one held for LISTEN, one for NOTIFY. The adapter broadcasts to
 * local sockets only after its NOTIFY returns; one publishing connection keeps a node's
 * broadcasts in the order they were made (the client would recover from any other order, but
 * by subscribing again).
 */
const ADAPTER_POOL_SIZE = 2;
/** How long shutdown waits for the adapter's listening connection to come back to the pool. */
const ADAPTER_RELEASE_WAIT_MS = 3000;

interface PubSubHolder {
  client?: { close(): void };
}

/**
 * Creates the gateway's socket.io server on the app's own HTTP server (same port, `/socket.io`),
 * websocket transport only: with no long-polling a connection never spans two nodes, so no sticky
 * sessions are needed. `@socket.io/postgres-adapter` passes broadcasts between nodes over
 * LISTEN/NOTIFY on the app database, on a small pool of its own that this adapter ends, once.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly logger = new Logger('RealtimeIoAdapter');
  private pool: pg.Pool | undefined;
  private closed: Promise<void> | undefined;

  constructor(
    app: INestApplicationContext,
    private readonly databaseUrl: string,
  ) {
    super(app);
  }

  override createIOServer(_port: number, options?: Partial<ServerOptions>): Server {
    this.pool = adapterPool(this.databaseUrl, this.logger);
    // socket.io itself, not the copy @nestjs/platform-socket.io pins: one Server class in the app.
    return new Server(this.httpServer, {
      ...options,
      path: '/socket.io',
      transports: ['websocket'],
      serveClient: false,
      adapter: createAdapter(this.pool, { errorHandler: (err) => this.adapterError(err) }),
    });
  }

  /**
   * Called once per server by Nest's close; safe to call again (it waits for the first). Typed as
   * the base class's parameter, whose socket.io is the copy @nestjs/platform-socket.io pins.
   */
  override close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    this.closed ??= this.closeOnce(server as unknown as Server);
    return this.closed;
  }

  /**
   * Closes every socket, the adapter and the engine, but not the HTTP server: `io.close()` would
   * close that too, at once, and then wait for a keep-alive connection that was busy at that
   * moment (a refused upload still sending) to time out. Fastify closes the server itself, after
   * this, handling such connections.
   */
  private async closeOnce(server: Server): Promise<void> {
    const namespace = server.of('/');
    const pubSub = namespace.adapter as unknown as PubSubHolder;
    namespace.disconnectSockets(true);
    await namespace.adapter.close();
    server.engine.close();
    const pool = this.pool;
    if (!pool) return;
    // The adapter takes its listening connection from the pool asynchronously. Closed while that
    // is still under way (an app stopped right after starting), it cannot release it, and
    // pool.end() would wait for ever: close its pub/sub client again once the connection is in
    // hand, for a bounded time.
    for (let waited = 0; pool.totalCount > pool.idleCount && waited < ADAPTER_RELEASE_WAIT_MS; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      pubSub.client?.close();
    }
    await pool.end();
  }

  private adapterError(err: Error): void {
    if (this.closed) return;
    this.logger.warn({ err }, 'Real-time adapter could not reach other nodes');
  }
}

/**
 * The adapter's pool. The adapter holds its LISTEN connection for good and, when that connection
 * breaks (PostgreSQL restarted), forgets it without giving it back: the pool would stay full and
 * the adapter's reconnection would wait for ever. So a broken connection is released (and
 * destroyed) here, once, which frees the slot for the adapter's next attempt.
 */
function adapterPool(url: string, logger: Logger): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: ADAPTER_POOL_SIZE });
  pool.on('error', (err) => logger.warn({ err }, 'Real-time adapter connection failed; it reconnects'));
  const connect = pool.connect.bind(pool);
  // pool.query checks out with a callback and gives the connection back itself: left alone.
  const guarded = () => connect().then((client) => releasedWhenBroken(client, logger));
  type Callback = Parameters<typeof connect>[0];
  pool.connect = ((callback?: Callback) => (callback ? connect(callback) : guarded())) as typeof pool.connect;
  return pool;
}

function releasedWhenBroken(client: pg.PoolClient, logger: Logger): pg.PoolClient {
  const onError = (err: Error) => logger.warn({ err }, 'Real-time adapter connection lost; it reconnects');
  const onEnd = () => client.release(true);
  // pg-pool gives every checkout a fresh release that throws when called twice: the first call wins.
  const release = client.release.bind(client);
  let released = false;
  client.release = (destroy?: Error | boolean) => {
    if (released) return;
    released = true;
    client.off('error', onError).off('end', onEnd);
    release(destroy);
  };
  client.on('error', onError).once('end', onEnd);
  return client;
}
