import { randomUUID } from 'node:crypto';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  StreamEnvelope,
  StreamEventMap,
  StreamName,
  SubscribeAck,
  ThreadPresence,
  ThreadTyping,
} from '@commonroom/contracts';
import { io, type Socket } from 'socket.io-client';
import { streams } from '@commonroom/contracts';
import { DataSource } from 'typeorm';
import { RealtimeGateway } from '../../src/infrastructure/realtime/realtime.gateway';
import { StreamPublisher } from '../../src/infrastructure/realtime/stream-publisher';
import { openTestDataSource } from './data-source';
import { buildCommunity } from '../factories/community.factory';
import { reply } from '../factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './people';
import { startTestApp, type TestApp } from './test-app';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface SocketOptions {
  /** The Cookie header; none when omitted. */
  cookie?: string;
  /** The Origin header a browser would send; none when omitted (as from a non-browser client). */
  origin?: string;
  /** Keep reconnecting after the server goes away (the browser client does); off by default. */
  reconnect?: boolean;
}

/** The Cookie header of a signed-in person's browser. */
export function cookieOf(person: SignedInPerson): string {
  return [...person.client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** A socket.io client as the browser makes it (websocket only), not yet connected. */
export function socketTo(baseUrl: string, options: SocketOptions = {}): TestSocket {
  const extraHeaders: Record<string, string> = {};
  if (options.cookie) extraHeaders.cookie = options.cookie;
  if (options.origin) extraHeaders.origin = options.origin;
  return io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    autoConnect: false,
    reconnection: options.reconnect ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
    extraHeaders,
  });
}

/** Disconnects, after each test, the sockets handed to the returned function (which returns them). */
export function useSocketCleanup(): <T extends TestSocket>(socket: T) => T {
  const sockets: TestSocket[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  return (socket) => {
    sockets.push(socket);
    return socket;
  };
}

/** Connects; rejects with the server's refusal (`message` is an error code). */
export function connect(socket: TestSocket): Promise<TestSocket> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
    socket.connect();
  });
}

/** A connected socket of a signed-in person, with the page's own origin. */
export function connectAs(app: TestApp, person: SignedInPerson): Promise<TestSocket> {
  return connect(socketTo(app.baseUrl, { cookie: cookieOf(person), origin: app.baseUrl }));
}

export function subscribe(socket: TestSocket, stream: StreamName, afterSeq = 0): Promise<SubscribeAck> {
  return socket.timeout(5000).emitWithAck('stream.subscribe', { stream, afterSeq });
}

/** Everything a socket received, in arrival order. */
export class Inbox {
  readonly events: StreamEnvelope[] = [];
  readonly presence: ThreadPresence[] = [];
  readonly typing: ThreadTyping[] = [];

  constructor(socket: TestSocket) {
    socket.on('stream.event', (e) => this.events.push(e));
    socket.on('thread.presence', (p) => this.presence.push(p));
    socket.on('thread.typing', (t) => this.typing.push(t));
  }

  seqs(stream: StreamName): number[] {
    return this.events.filter((e) => e.stream === stream).map((e) => e.seq);
  }
}

/** Waits until `check` stops throwing (it holds an expectation), or fails with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** A member of a new hidden community, and the community's stream. */
export async function memberOfHiddenCommunity(
  app: TestApp,
  dataSource: DataSource,
): Promise<{ member: SignedInPerson; stream: StreamName }> {
  const member = await signedInPerson(app);
  const community = await buildCommunity(dataSource, { visibility: 'hidden', members: { [member.userId]: 'member' } });
  return { member, stream: streams.community(community.id) };
}

/** A bare thread row: real-time only needs the thread to exist and its community's rules. */
export async function insertThread(dataSource: DataSource, communityId: string, authorId: string): Promise<string> {
  const [thread] = (await dataSource.query(
    `INSERT INTO discussion_threads (kind, community_id, author_id, title, last_poster_id) VALUES ('forum', $1, $2, 'Planning the first week', $2) RETURNING id`,
    [communityId, authorId],
  )) as { id: string }[];
  return thread!.id;
}

/** A `forum.thread_activity` payload; its content does not matter to delivery. */
export function threadActivity(n: number): StreamEventMap['forum.thread_activity'] {
  return {
    threadId: randomUUID(),
    categoryId: randomUUID(),
    title: `Thread ${n}`,
    postCount: n,
    lastPostAt: new Date().toISOString(),
    lastPoster: { id: randomUUID(), displayName: 'Sam' },
  };
}

/**
 * Publishes events through a node exactly as a feature service does: each recorded in its own
 * transaction, then delivered after commit. Returns the envelopes.
 */
export async function publish(
  node: TestApp,
  stream: StreamName,
  count = 1,
  options: { deliver?: boolean } = {},
): Promise<StreamEnvelope[]> {
  const publisher = node.app.get(StreamPublisher);
  const dataSource = node.app.get(DataSource);
  const published: StreamEnvelope[] = [];
  for (let i = 0; i < count; i++) {
    const envelope = await dataSource.transaction((manager) =>
      publisher.record(manager, stream, 'forum.thread_activity', threadActivity(i)),
    );
    if (options.deliver ?? true) publisher.deliver(envelope);
    published.push(envelope);
  }
  return published;
}

/** Waits until a node hears `count` nodes (itself included) through the adapter, so it receives their broadcasts. */
export function nodeHears(node: TestApp, count: number): Promise<void> {
  return eventually(
    async () => expect(await node.app.get(RealtimeGateway).nodeCount()).toBeGreaterThanOrEqual(count),
    15_000,
  );
}

/**
 * Two app instances on the same database, each on its own port, as two nodes behind a load
 * balancer; and a data source for factories. Read them inside tests.
 */
export function useTwoNodes(): { readonly a: TestApp; readonly b: TestApp; readonly dataSource: DataSource } {
  const state = {} as { a: TestApp; b: TestApp; dataSource: DataSource };
  beforeAll(async () => {
    state.a = await startTestApp({ TRUST_PROXY: 'true' });
    state.b = await startTestApp({ TRUST_PROXY: 'true' });
    state.dataSource = await openTestDataSource();
    await Promise.all([nodeHears(state.a, 2), nodeHears(state.b, 2)]);
  }, 60_000);
  afterAll(async () => {
    await state.b?.close();
    await state.a?.close();
    await state.dataSource?.destroy();
  });
  return state;
}

/** The streams a socket was told it may no longer follow, as they arrive. */
export function revocations(socket: TestSocket): StreamName[] {
  const revoked: StreamName[] = [];
  socket.on('stream.revoked', ({ stream }) => revoked.push(stream));
  return revoked;
}

/** The ids of the posts an inbox received live (`post.created`). */
export function postIds(inbox: Inbox): string[] {
  const created = inbox.events.filter((e) => e.type === 'post.created');
  return created.map((e) => (e.payload as { post: { id: string } }).post.id);
}

/**
 * Replies over HTTP and waits until the witness's socket has the post live. A node sends one
 * broadcast to every socket of the room at once, so by then any other follower would have it too.
 */
export async function replyWitnessed(
  author: SignedInPerson,
  stream: StreamName,
  witness: Inbox,
): Promise<{ id: string }> {
  const post = await reply(author, stream.slice('thread:'.length), 'A reply written after someone lost access.');
  await eventually(() => expect(postIds(witness)).toContain(post.id));
  return post;
}
