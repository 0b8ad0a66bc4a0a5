import { findFreePort } from '@commonroom/infra';
import { StreamSubscriptions, streams } from '@commonroom/contracts';
import { buildCommunity } from './factories/community.factory';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { signedInPerson } from './support/people';
import {
  connect,
  connectAs,
  cookieOf,
  eventually,
  Inbox,
  insertThread,
  memberOfHiddenCommunity,
  postIds,
  publish,
  replyWitnessed,
  revocations,
  socketTo,
  subscribe,
  useSocketCleanup,
  useTwoNodes,
} from './support/realtime';
import { startServerProcess, type ServerProcess } from './support/server-process';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Several app nodes on one database, as behind a load balancer without sticky sessions. */
describe('real-time delivery across nodes', () => {
  const nodes = useTwoNodes();
  const keep = useSocketCleanup();
  const memberStream = () => memberOfHiddenCommunity(nodes.a, nodes.dataSource);

  it('delivers an event recorded on node A to a client connected to node B', async () => {
    const { member, stream } = await memberStream();
    const socket = keep(await connectAs(nodes.b, member));
    const inbox = new Inbox(socket);
    await expect(subscribe(socket, stream)).resolves.toMatchObject({ ok: true, headSeq: 0 });

    const [envelope] = await publish(nodes.a, stream, 1);
    await eventually(() => expect(inbox.events).toEqual([envelope]));
  });

  it('a reply posted over HTTP through node A appears live to a reader connected to node B', async () => {
    const [author, reader] = await Promise.all([signedInPerson(nodes.a), signedInPerson(nodes.a)]);
    const { community, category } = await buildForum(nodes.dataSource, {
      visibility: 'hidden',
      members: { [author.userId]: 'member', [reader.userId]: 'member' },
    });
    const threadId = await startThread(author, community.slug, category.slug);
    const socket = keep(await connectAs(nodes.b, reader));
    const inbox = new Inbox(socket);
    // As the thread page does: subscribe after the head it loaded (the opening post is event 1).
    await expect(subscribe(socket, streams.thread(threadId), 1)).resolves.toMatchObject({ ok: true, headSeq: 1 });

    const post = await reply(author, threadId, 'Posted through node A');
    await eventually(() =>
      expect(inbox.events.map((e) => [e.type, (e.payload as { post: { id: string } }).post.id])).toEqual([
        ['post.created', post.id],
      ]),
    );
    expect(inbox.events[0]!.payload).toMatchObject({ post: { number: 2, author: { id: author.userId } } });
  });

  it('a member who leaves through node A stops receiving on node B before the answer comes back', async () => {
    const [author, leaver] = await Promise.all([signedInPerson(nodes.a), signedInPerson(nodes.a)]);
    const members = { [author.userId]: 'facilitator', [leaver.userId]: 'member' } as const;
    const { community, category } = await buildForum(nodes.dataSource, { visibility: 'hidden', members });
    const stream = streams.thread(await startThread(author, community.slug, category.slug));
    const [witness, onB] = [keep(await connectAs(nodes.b, author)), keep(await connectAs(nodes.b, leaver))];
    const [witnessInbox, leaverInbox, revoked] = [new Inbox(witness), new Inbox(onB), revocations(onB)];
    await subscribe(witness, stream);
    await subscribe(onB, stream);

    expect((await leaver.client.send('POST', `/api/communities/${community.slug}/leave`, {})).status).toBe(204);
    const post = await replyWitnessed(author, stream, witnessInbox);
    expect(postIds(leaverInbox)).not.toContain(post.id);
    await eventually(() => expect(revoked).toEqual([stream]));
  });

  it('counts the people in a thread on every node', async () => {
    const [ana, ben] = await Promise.all([
      signedInPerson(nodes.a, { displayName: 'Ana on A' }),
      signedInPerson(nodes.a, { displayName: 'Ben on B' }),
    ]);
    const community = await buildCommunity(nodes.dataSource, {
      tools: ['forum'],
      members: { [ana.userId]: 'member', [ben.userId]: 'member' },
    });
    const stream = streams.thread(await insertThread(nodes.dataSource, community.id, ana.userId));
    const [onA, onB] = [keep(await connectAs(nodes.a, ana)), keep(await connectAs(nodes.b, ben))];
    const inboxA = new Inbox(onA);
    await subscribe(onA, stream);
    await subscribe(onB, stream);
    await eventually(() =>
      expect(inboxA.presence.at(-1)?.people).toEqual([
        { id: ana.userId, displayName: 'Ana on A' },
        { id: ben.userId, displayName: 'Ben on B' },
      ]),
    );
  });

  describe('a node killed with SIGKILL and restarted', () => {
    let server: ServerProcess | undefined;
    afterEach(async () => {
      await server?.stop();
    });

    it('gives the reconnecting client exactly the events it missed, once each and in order', async () => {
      const { member, stream } = await memberStream();
      const port = await findFreePort();
      server = await startServerProcess(port);

      // The browser's own subscription logic, on a socket that reconnects like the browser's.
      const socket = keep(
        socketTo(server.baseUrl, { cookie: cookieOf(member), origin: server.baseUrl, reconnect: true }),
      );
      const subscriptions = new StreamSubscriptions(socket);
      const applied: number[] = [];
      const resets: number[] = [];
      subscriptions.follow(stream, 0, { onEvent: (e) => applied.push(e.seq), onReset: (head) => resets.push(head) });
      await connect(socket);

      await publish(nodes.a, stream, 3);
      await eventually(() => expect(applied).toEqual(range(1, 3)));

      // Killed while events are being published: some may reach the client before it dies, some not.
      const publishing = publish(nodes.a, stream, 3);
      await server.kill();
      await publishing;
      await publish(nodes.a, stream, 2);
      await eventually(() => expect(socket.connected).toBe(false));

      server = await startServerProcess(port);
      await eventually(() => expect(applied).toEqual(range(1, 8)), 20_000);
      await publish(nodes.a, stream, 2);
      await eventually(() => expect(applied).toEqual(range(1, 10)));
      expect(resets).toEqual([]);
    });
  });
});
