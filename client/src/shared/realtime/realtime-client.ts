import {
  StreamSubscriptions,
  streams,
  type PersonRef,
  type StreamEnvelope,
  type StreamListener,
  type StreamName,
  type SubscribeAck,
  type SubscribeRequest,
  type ThreadPresence,
  type ThreadTyping,
} from '@commonroom/contracts';

/**
 * The part of a socket.io client socket the page uses (socket.io-client's typed `Socket` fits;
 * tests use `FakeRealtimeSocket`).
 */
export interface RealtimeSocket {
  readonly connected: boolean;
  on(event: 'connect' | 'disconnect', listener: () => void): unknown;
  on(event: 'stream.event', listener: (envelope: StreamEnvelope) => void): unknown;
  on(event: 'thread.presence', listener: (presence: ThreadPresence) => void): unknown;
  on(event: 'thread.typing', listener: (typing: ThreadTyping) => void): unknown;
  off(event: 'connect' | 'disconnect', listener: () => void): unknown;
  off(event: 'stream.event', listener: (envelope: StreamEnvelope) => void): unknown;
  emit(event: 'stream.subscribe', request: SubscribeRequest, ack: (result: SubscribeAck) => void): unknown;
  emit(event: 'stream.unsubscribe', request: { stream: string }, ack: (result: { ok: boolean }) => void): unknown;
  emit(event: 'thread.typing', request: { threadId: string }): unknown;
  removeAllListeners(): unknown;
  disconnect(): unknown;
}

/** Someone shown as typing is dropped after this long without another notice. */
export const TYPING_SHOWN_MS = 5000;
/** The server passes on one notice per socket and thread every 2 s; sending more is wasted. */
export const TYPING_SEND_EVERY_MS = 2000;

const NOBODY: readonly PersonRef[] = Object.freeze([]);

/**
 * One socket.io connection and everything the page follows over it: sequenced streams (through
 * the shared `StreamSubscriptions`, which re-subscribes after every reconnect from where each
 * stream was), and who is in or typing in the threads it follows. React reads it through
 * `useStream` and `useThreadPresence`.
 */
export class RealtimeClient {
  private readonly subscriptions: StreamSubscriptions;
  private readonly presence = new Map<string, readonly PersonRef[]>();
  private readonly typists = new Map<
    string,
    Map<string, { person: PersonRef; timer: ReturnType<typeof setTimeout> }>
  >();
  private readonly typingLists = new Map<string, readonly PersonRef[]>();
  private readonly lastTypingSent = new Map<string, number>();
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly socket: RealtimeSocket,
    private readonly now: () => number = Date.now,
  ) {
    this.subscriptions = new StreamSubscriptions(socket);
    socket.on('thread.presence', ({ threadId, people }) => {
      this.presence.set(threadId, people);
      this.changed();
    });
    socket.on('thread.typing', ({ threadId, person }) => this.someoneTyping(threadId, person));
    // Presence is recomputed by the server when we subscribe again; until then it is unknown.
    socket.on('disconnect', () => {
      this.presence.clear();
      this.changed();
    });
  }

  /** Follows a stream from `fromSeq`; returns the function that stops. */
  follow(stream: StreamName, fromSeq: number, listener: StreamListener): () => void {
    const stop = this.subscriptions.follow(stream, fromSeq, listener);
    return () => {
      stop();
      if (this.subscriptions.lastSeq(stream) === undefined && stream.startsWith('thread:')) {
        this.forgetThread(stream.slice('thread:'.length));
      }
    };
  }

  /** Who has the thread open (the thread's stream must be followed); the same array until it changes. */
  presenceIn(threadId: string): readonly PersonRef[] {
    return this.presence.get(threadId) ?? NOBODY;
  }

  /** Who is writing a reply in the thread right now; the same array until it changes. */
  typingIn(threadId: string): readonly PersonRef[] {
    return this.typingLists.get(threadId) ?? NOBODY;
  }

  /** Tells the others in the thread that this person is typing; call on every keystroke. */
  notifyTyping(threadId: string): void {
    const now = this.now();
    if (now - (this.lastTypingSent.get(threadId) ?? -Infinity) < TYPING_SEND_EVERY_MS) return;
    if (!this.socket.connected || this.subscriptions.lastSeq(streams.thread(threadId)) === undefined) return;
    this.lastTypingSent.set(threadId, now);
    this.socket.emit('thread.typing', { threadId });
  }

  /** For `useSyncExternalStore`: called whenever presence or typing changes. */
  onChange = (listener: () => void): (() => void) => {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  };

  /** Disconnects for good (sign-out). */
  close(): void {
    this.subscriptions.close();
    for (const threadId of [...this.typists.keys()]) this.forgetThread(threadId);
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private someoneTyping(threadId: string, person: PersonRef): void {
    const inThread = this.typists.get(threadId) ?? new Map();
    this.typists.set(threadId, inThread);
    clearTimeout(inThread.get(person.id)?.timer);
    const timer = setTimeout(() => {
      inThread.delete(person.id);
      this.publishTyping(threadId);
    }, TYPING_SHOWN_MS);
    inThread.set(person.id, { person, timer });
    this.publishTyping(threadId);
  }

  private publishTyping(threadId: string): void {
    const people = [...(this.typists.get(threadId)?.values() ?? [])].map((t) => t.person);
    if (people.length === 0) this.typingLists.delete(threadId);
    else this.typingLists.set(threadId, people);
    this.changed();
  }

  private forgetThread(threadId: string): void {
    for (const { timer } of this.typists.get(threadId)?.values() ?? []) clearTimeout(timer);
    this.typists.delete(threadId);
    this.typingLists.delete(threadId);
    this.presence.delete(threadId);
    this.changed();
  }

  private changed(): void {
    for (const listener of this.changeListeners) listener();
  }
}
