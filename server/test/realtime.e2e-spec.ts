import { randomUUID } from 'node:crypto';
import { streams, type StreamName } from '@commonroom/contracts';
import { StreamRetention } from '../src/infrastructure/realtime/stream-retention';
import { REPLAY_LIMIT } from '../src/infrastructure/realtime/stream-subscription.service';
import { MetricsService } from '../src/infrastructure/observability/metrics.service';
import { buildCommunity } from './factories/community.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import {
  connect,
  connectAs,
  cookieOf,
  eventually,
  Inbox,
  insertThread,
  memberOfHiddenCommunity,
  publish,
  socketTo,
  subscribe,
  useSocketCleanup,
} from './support/realtime';
import { startTestApp, useAppAndDatabase } from './support/test-app';

describe('real-time streams over socket.io', () => {
  const env = useAppAndDatabase();
  const keep = useSocketCleanup();
  const open = async (person: SignedInPerson) => keep(await connectAs(env.app, person));

  describe('handshake', () => {
    // First in the file: no other socket has connected to this app yet, so the gauge starts at 0.
    it('accepts a signed-in person from this site, and counts the open connection', async () => {
      const gauge = async () => (await env.app.app.get(MetricsService).realtimeSockets.get()).values[0]?.value;
      await expect(gauge()).resolves.toBe(0);
      const socket = await open(await signedInPerson(env.app));
      expect(socket.connected).toBe(true);
      await eventually(async () => expect(await gauge()).toBe(1));
      socket.disconnect();
      await eventually(async () => expect(await gauge()).toBe(0));
    });

    it('refuses a connection without a session', async () => {
      await expect(connect(socketTo(env.app.baseUrl, { origin: env.app.baseUrl }))).rejects.toMatchObject({
        message: 'not_authenticated',
        data: { message: 'Sign in to see live updates.' },
      });
    });

    it('refuses a signed-in person’s cookie sent from another site’s page', async () => {
      const person = await signedInPerson(env.app);
      await expect(
        connect(socketTo(env.app.baseUrl, { cookie: cookieOf(person), origin: 'https://evil.example' })),
      ).rejects.toMatchObject({ message: 'forbidden' });
    });

    it('refuses a handshake without an Origin header (a browser always sends one)', async () => {
      const person = await signedInPerson(env.app);
      const withoutOrigin = socketTo(env.app.baseUrl, { cookie: cookieOf(person) });
      await expect(connect(withoutOrigin)).rejects.toMatchObject({ message: 'forbidden' });
    });

    it('refuses a session that still waits for its second factor', async () => {
      const person = await signedInPerson(env.app);
      await env.dataSource.query('UPDATE sessions SET second_factor_pending = true WHERE user_id = $1', [
        person.userId,
      ]);
      await expect(
        connect(socketTo(env.app.baseUrl, { cookie: cookieOf(person), origin: env.app.baseUrl })),
      ).rejects.toMatchObject({ message: 'not_authenticated' });
    });
  });

  describe('who may follow what', () => {
    it('answers not_found for a hidden community to a non-member, and lets a member in', async () => {
      const [member, outsider] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
      const hidden = await buildCommunity(env.dataSource, {
        visibility: 'hidden',
        members: { [member.userId]: 'member' },
      });
      await expect(subscribe(await open(outsider), streams.community(hidden.id))).resolves.toEqual({
        ok: false,
        code: 'not_found',
      });
      await expect(subscribe(await open(member), streams.community(hidden.id))).resolves.toMatchObject({
        ok: true,
        headSeq: 0,
        reset: false,
      });
    });

    it('answers a community that does not exist exactly like a hidden one', async () => {
      const person = await signedInPerson(env.app);
      await expect(subscribe(await open(person), streams.community(randomUUID()))).resolves.toEqual({
        ok: false,
        code: 'not_found',
      });
    });

    it('lets a person follow their own user stream only', async () => {
      const [me, someoneElse] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
      const socket = await open(me);
      await expect(subscribe(socket, streams.user(someoneElse.userId))).resolves.toEqual({
        ok: false,
        code: 'not_found',
      });
      await expect(subscribe(socket, streams.user(me.userId))).resolves.toMatchObject({ ok: true });
    });

    it('rejects a malformed subscription', async () => {
      const socket = await open(await signedInPerson(env.app));
      await expect(
        socket.timeout(5000).emitWithAck('stream.subscribe', { stream: 'admin:everything' as StreamName, afterSeq: 0 }),
      ).resolves.toEqual({ ok: false, code: 'validation_failed' });
    });

    it('stops a connection whose session was signed out elsewhere at its next subscription', async () => {
      const person = await signedInPerson(env.app);
      const socket = await open(person);
      const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
      await env.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [person.userId]);
      socket.emit('stream.subscribe', { stream: streams.user(person.userId), afterSeq: 0 }, () => undefined);
      await expect(closed).resolves.toBe('io server disconnect');
    });
  });

  describe('replay', () => {
    const openCommunityStream = () => memberOfHiddenCommunity(env.app, env.dataSource);

    it('replays exactly the events after the given position, in order, before acknowledging; then delivers live ones', async () => {
      const { member, stream } = await openCommunityStream();
      const published = await publish(env.app, stream, 5);
      expect(published.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);

      const socket = await open(member);
      const inbox = new Inbox(socket);
      await expect(subscribe(socket, stream, 2)).resolves.toEqual({
        ok: true,
        stream,
        replayed: 3,
        headSeq: 5,
        reset: false,
      });
      expect(inbox.seqs(stream)).toEqual([3, 4, 5]);
      expect(inbox.events[0]).toEqual(published[2]);

      await publish(env.app, stream, 1);
      await eventually(() => expect(inbox.seqs(stream)).toEqual([3, 4, 5, 6]));
    });

    it('tells a client to reload when what it missed is older than the retention', async () => {
      const { member, stream } = await openCommunityStream();
      await publish(env.app, stream, 4, { deliver: false });
      await env.dataSource.query(
        `UPDATE stream_events SET occurred_at = now() - interval '73 hours' WHERE stream = $1 AND seq <= 2`,
        [stream],
      );
      await expect(env.app.app.get(StreamRetention).prune()).resolves.toBeGreaterThanOrEqual(2);

      const socket = await open(member);
      const inbox = new Inbox(socket);
      await expect(subscribe(socket, stream, 1)).resolves.toEqual({
        ok: true,
        stream,
        replayed: 0,
        headSeq: 4,
        reset: true,
      });
      await expect(subscribe(socket, stream, 2)).resolves.toEqual({
        ok: true,
        stream,
        replayed: 2,
        headSeq: 4,
        reset: false,
      });
      expect(inbox.seqs(stream)).toEqual([3, 4]);
    });

    it(`tells a client to reload when it missed more than ${REPLAY_LIMIT} events, or claims a position the stream never reached`, async () => {
      const { member, stream } = await openCommunityStream();
      await publish(env.app, stream, 2, { deliver: false });
      // Moving the head stands in for writing hundreds of events.
      await env.dataSource.query('UPDATE stream_heads SET seq = $2 WHERE stream = $1', [stream, REPLAY_LIMIT + 10]);
      const socket = await open(member);
      await expect(subscribe(socket, stream, 0)).resolves.toMatchObject({
        reset: true,
        replayed: 0,
        headSeq: REPLAY_LIMIT + 10,
      });
      await expect(subscribe(socket, stream, REPLAY_LIMIT + 11)).resolves.toMatchObject({
        reset: true,
        headSeq: REPLAY_LIMIT + 10,
      });
    });
  });

  describe('presence and typing in a thread', () => {
    async function threadWithReaders() {
      const [ana, ben] = await Promise.all([
        signedInPerson(env.app, { displayName: 'Ana Mentor' }),
        signedInPerson(env.app, { displayName: 'Ben Trainee' }),
      ]);
      const community = await buildCommunity(env.dataSource, {
        visibility: 'hidden',
        tools: ['forum'],
        members: { [ana.userId]: 'member', [ben.userId]: 'member' },
      });
      const threadId = await insertThread(env.dataSource, community.id, ana.userId);
      return { ana, ben, threadId, stream: streams.thread(threadId) };
    }

    it('tells everyone in the thread who has it open as people come and go', async () => {
      const { ana, ben, threadId, stream } = await threadWithReaders();
      const anaSocket = await open(ana);
      const anaInbox = new Inbox(anaSocket);
      await expect(subscribe(anaSocket, stream)).resolves.toMatchObject({ ok: true });
      const anaOnly = [{ id: ana.userId, displayName: 'Ana Mentor' }];
      await eventually(() => expect(anaInbox.presence.at(-1)).toEqual({ threadId, people: anaOnly }));

      const benSocket = await open(ben);
      const secondTab = await open(ben);
      await subscribe(benSocket, stream);
      await subscribe(secondTab, stream);
      const both = [...anaOnly, { id: ben.userId, displayName: 'Ben Trainee' }];
      await eventually(() => expect(anaInbox.presence.at(-1)).toEqual({ threadId, people: both }));

      await benSocket.timeout(5000).emitWithAck('stream.unsubscribe', { stream });
      secondTab.disconnect();
      await eventually(() => expect(anaInbox.presence.at(-1)).toEqual({ threadId, people: anaOnly }));
    });

    it('passes typing on to the others in the thread, at most once every few seconds per socket', async () => {
      const { ana, ben, threadId, stream } = await threadWithReaders();
      const [anaSocket, benSocket] = [await open(ana), await open(ben)];
      const benInbox = new Inbox(benSocket);
      await subscribe(anaSocket, stream);
      await subscribe(benSocket, stream);

      anaSocket.emit('thread.typing', { threadId });
      anaSocket.emit('thread.typing', { threadId });
      await anaSocket.timeout(5000).emitWithAck('stream.unsubscribe', { stream });
      await broadcastsSettled(benInbox, [{ id: ben.userId, displayName: 'Ben Trainee' }]);
      expect(benInbox.typing).toEqual([{ threadId, person: { id: ana.userId, displayName: 'Ana Mentor' } }]);
    });

    it('ignores typing in a thread the socket has not subscribed to', async () => {
      const { ana, ben, threadId, stream } = await threadWithReaders();
      const [anaSocket, benSocket] = [await open(ana), await open(ben)];
      const anaInbox = new Inbox(anaSocket);
      await subscribe(anaSocket, stream);
      benSocket.emit('thread.typing', { threadId });
      await subscribe(benSocket, stream);
      await broadcastsSettled(anaInbox, [
        { id: ana.userId, displayName: 'Ana Mentor' },
        { id: ben.userId, displayName: 'Ben Trainee' },
      ]);
      expect(anaInbox.typing).toEqual([]);
    });

    /**
     * A node sends its broadcasts in order, and the presence that follows a (un)subscription
     * comes after any typing notice sent before it: once it arrives, so has every notice.
     */
    async function broadcastsSettled(inbox: Inbox, people: { id: string; displayName: string }[]): Promise<void> {
      await eventually(() => expect(inbox.presence.at(-1)?.people).toEqual(people));
    }
  });
});

describe('stopping an app', () => {
  it('shuts down promptly even right after starting, while the adapter is still connecting', async () => {
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      const app = await startTestApp();
      await app.close();
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });
});
