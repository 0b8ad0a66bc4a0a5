import { streams, type StreamName } from '@commonroom/contracts';
import { AuthCookies } from '../src/infrastructure/auth/cookies';
import { SessionsService } from '../src/modules/accounts/sessions.service';
import { buildAffiliation, buildPartnership } from './factories/community.factory';
import { buildForum, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import {
  connect,
  connectAs,
  eventually,
  Inbox,
  postIds,
  replyWitnessed,
  revocations,
  socketTo,
  subscribe,
  useSocketCleanup,
} from './support/realtime';
import { useAppAndDatabase } from './support/test-app';

/** Access lost over HTTP must stop live delivery at once, whatever the stream. */
describe('real-time delivery stops when access ends', () => {
  const env = useAppAndDatabase();
  const keep = useSocketCleanup();
  const open = async (person: SignedInPerson) => keep(await connectAs(env.app, person));

  async function followed(person: SignedInPerson, stream: StreamName) {
    const socket = await open(person);
    const inbox = new Inbox(socket);
    const revoked = revocations(socket);
    await expect(subscribe(socket, stream)).resolves.toMatchObject({ ok: true });
    return { socket, inbox, revoked };
  }

  it('a member who leaves the community gets no more posts of its threads, and is told the stream ended', async () => {
    const [author, leaver] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    const members = { [author.userId]: 'facilitator', [leaver.userId]: 'member' } as const;
    const { community, category } = await buildForum(env.dataSource, { visibility: 'hidden', members });
    const stream = streams.thread(await startThread(author, community.slug, category.slug));
    const witness = await followed(author, stream);
    const member = await followed(leaver, stream);

    expect((await leaver.client.send('POST', `/api/communities/${community.slug}/leave`, {})).status).toBe(204);
    await eventually(() => expect(member.revoked).toEqual([stream]));
    const post = await replyWitnessed(author, stream, witness.inbox);
    expect(postIds(member.inbox)).not.toContain(post.id);
    expect(member.socket.connected).toBe(true);
    expect(witness.revoked).toEqual([]);
  });

  it('a mentor whose affiliation ends gets no more posts of the partnership space', async () => {
    const [tutor, mentor] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    const { schools, community } = await buildPartnership(env.dataSource);
    await env.dataSource.query(
      `INSERT INTO community_members (community_id, user_id, role) VALUES ($1, $2, 'facilitator')`,
      [community.id, tutor.userId],
    );
    await env.dataSource.query(
      `INSERT INTO forum_categories (community_id, slug, name, position) VALUES ($1, 'general', 'General', 0)`,
      [community.id],
    );
    const organisationId = schools[0]!.id;
    const affiliation = await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId });
    const stream = streams.thread(await startThread(tutor, community.slug, 'general'));
    const witness = await followed(tutor, stream);
    const partner = await followed(mentor, stream);
    const space = await followed(mentor, streams.community(community.id));

    expect((await mentor.client.send('POST', `/api/affiliations/${affiliation.id}/end`, {})).status).toBe(200);
    const expected = [streams.community(community.id), stream].sort();
    await eventually(() => expect([...partner.revoked, ...space.revoked].sort()).toEqual(expected));
    const spaceEventsBefore = space.inbox.events.length; // the thread's start, replayed on subscribing
    const post = await replyWitnessed(tutor, stream, witness.inbox);
    expect(postIds(partner.inbox)).not.toContain(post.id);
    expect(space.inbox.events).toHaveLength(spaceEventsBefore);
  });

  it('a session revoked from another device is disconnected at once; the device that revoked it stays', async () => {
    const person = await signedInPerson(env.app);
    const otherClient = { ip: '10.0.0.9', userAgent: 'other device' };
    const other = await env.app.app
      .get(SessionsService)
      .create(person.userId, { method: 'password', client: otherClient, secondFactorPending: false });
    const cookie = `${env.app.app.get(AuthCookies).sessionName}=${other.token}`;
    const otherDevice = keep(await connect(socketTo(env.app.baseUrl, { cookie, origin: env.app.baseUrl })));
    const thisDevice = await open(person);
    const closed = new Promise<string>((resolve) => otherDevice.once('disconnect', resolve));

    expect((await person.client.send('DELETE', `/api/account/sessions/${other.sessionId}`)).status).toBe(204);
    await expect(closed).resolves.toBe('io server disconnect');
    await expect(subscribe(thisDevice, streams.user(person.userId))).resolves.toMatchObject({ ok: true });
  });

  it('a member removed by a facilitator is evicted too, through the outbox event alone', async () => {
    const [facilitator, member] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    const members = { [facilitator.userId]: 'facilitator', [member.userId]: 'member' } as const;
    const { community } = await buildForum(env.dataSource, { visibility: 'hidden', members });
    const stream = streams.community(community.id);
    const followedBy = await followed(member, stream);
    // Straight in the database, as any path that records the event without calling real-time would.
    await env.dataSource.transaction(async (manager) => {
      const removed = { communityId: community.id, userId: member.userId, change: 'removed' };
      const sql = 'DELETE FROM community_members WHERE community_id = $1 AND user_id = $2';
      await manager.query(sql, [community.id, member.userId]);
      await manager.query(`INSERT INTO outbox_events (type, payload) VALUES ('community.membership_changed', $1)`, [
        JSON.stringify(removed),
      ]);
    });
    await eventually(() => expect(followedBy.revoked).toEqual([stream]));
  });
});
