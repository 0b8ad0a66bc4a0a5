import { notificationBellSchema, notificationPageSchema } from '@commonroom/contracts';
import { buildCommunity } from '../../../test/factories/community.factory';
import { signedInPerson } from '../../../test/support/people';
import { eventually } from '../../../test/support/realtime';
import { redeliver } from '../../../test/support/outbox';
import { useAppAndDatabase } from '../../../test/support/test-app';

/** An invitation to someone who already has an account is also a notice in the app, from its sender. */
describe('invitation notices', () => {
  const env = useAppAndDatabase();
  const notices = (userId: string) =>
    env.dataSource.query('SELECT kind, event_count, subject_id FROM notifications WHERE user_id = $1', [
      userId,
    ]) as Promise<{ kind: string; event_count: number; subject_id: string }[]>;

  it('tells an invited person with an account, once, and lists it though they cannot read the community yet', async () => {
    const facilitator = await signedInPerson(env.app, { displayName: 'Priya Facilitator' });
    const invitee = await signedInPerson(env.app);
    const community = await buildCommunity(env.dataSource, {
      visibility: 'hidden',
      members: { [facilitator.userId]: 'facilitator' },
    });
    const bellBefore = notificationBellSchema.parse(
      await (await invitee.client.get('/api/notifications/unread-count')).json(),
    );
    expect(bellBefore.unreadCount).toBe(0);

    const response = await facilitator.client.send('POST', `/api/communities/${community.slug}/invitations`, {
      emails: [invitee.email, 'nobody-yet@school.example.org'],
    });
    expect(response.status).toBe(202);
    await eventually(async () =>
      expect(await notices(invitee.userId)).toEqual([expect.objectContaining({ kind: 'invitation', event_count: 1 })]),
    );
    // The bell's stream position moved with the notice, so a client following from before hears of it.
    const bell = notificationBellSchema.parse(
      await (await invitee.client.get('/api/notifications/unread-count')).json(),
    );
    expect(bell.unreadCount).toBe(1);
    expect(bell.streamSeq).toBeGreaterThan(bellBefore.streamSeq);

    const page = notificationPageSchema.parse(await (await invitee.client.get('/api/notifications')).json());
    expect(page.items).toEqual([
      expect.objectContaining({
        kind: 'invitation',
        actors: [{ id: facilitator.userId, displayName: 'Priya Facilitator' }],
        context: expect.objectContaining({ community: expect.objectContaining({ slug: community.slug }) }),
        path: '/#waiting',
      }),
    ]);

    // Delivered again (the outbox may redeliver): nothing changes.
    await redeliver(env.app, 'community.invited', 'userId', invitee.userId);
    expect(await notices(invitee.userId)).toEqual([expect.objectContaining({ event_count: 1 })]);

    // The address without an account is only emailed: one event, for the invitee.
    const events = (await env.dataSource.query(
      "SELECT payload FROM outbox_events WHERE type = 'community.invited' AND payload->>'communityId' = $1",
      [community.id],
    )) as { payload: { userId: string } }[];
    expect(events.map((e) => e.payload.userId)).toEqual([invitee.userId]);
  });
});
