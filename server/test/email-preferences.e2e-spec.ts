import {
  emailPreferencesSchema,
  unsubscribeDescriptionSchema,
  type UpdateEmailPreferences,
} from '@commonroom/contracts';
import { UnsubscribeTokens, type UnsubscribeGrant } from '../src/modules/email-alerts/unsubscribe-tokens';
import { buildCommunity } from './factories/community.factory';
import { buildForum, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

const CHOICES: UpdateEmailPreferences = {
  defaultMode: 'weekly',
  digestHour: 16,
  digestWeekday: 5,
  quietStart: 21,
  quietEnd: 7,
  mentions: true,
  replies: false,
  allOff: false,
  communities: [],
};

describe('email preferences and unsubscribe links', () => {
  const env = useAppAndDatabase();
  const token = (grant: UnsubscribeGrant) => env.app.app.get(UnsubscribeTokens).sign(grant);
  const preferences = async (person: SignedInPerson) =>
    emailPreferencesSchema.parse(await (await person.client.get('/api/me/email-preferences')).json());

  /** A mail client's one-click POST: form-encoded, no cookie, no CSRF token. */
  const oneClick = (value: string, path = '/api/email/unsubscribe') =>
    env.app.request(`${path}?token=${encodeURIComponent(value)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  const describe_ = async (value: string) =>
    unsubscribeDescriptionSchema.parse(
      await (await env.app.request(`/api/email/unsubscribe?token=${encodeURIComponent(value)}`)).json(),
    );

  it('starts from the defaults, lists every community the person is in, and keeps what they choose', async () => {
    const grace = await signedInPerson(env.app, { displayName: 'Grace Whitfield' });
    const mine = await buildCommunity(env.dataSource, {
      name: 'Aaa Science mentors',
      members: { [grace.userId]: 'member' },
    });
    const other = await buildCommunity(env.dataSource, { name: 'Not hers' });

    const initial = await preferences(grace);
    expect(initial).toMatchObject({
      defaultMode: 'daily',
      digestHour: 7,
      mentions: true,
      replies: true,
      allOff: false,
    });
    expect(initial.communities).toEqual([{ communityId: mine.id, slug: mine.slug, name: mine.name, mode: null }]);

    const saved = await grace.client.send('PUT', '/api/me/email-preferences', {
      ...CHOICES,
      communities: [
        { communityId: mine.id, mode: 'immediately' },
        { communityId: other.id, mode: 'immediately' }, // not hers: ignored
      ],
    });
    expect(saved.status).toBe(200);
    const after = await preferences(grace);
    expect(after).toMatchObject({ ...CHOICES, communities: [{ communityId: mine.id, mode: 'immediately' }] });
    const rows: unknown[] = await env.dataSource.query(
      'SELECT 1 FROM community_email_preferences WHERE user_id = $1 AND community_id = $2',
      [grace.userId, other.id],
    );
    expect(rows).toHaveLength(0);
  });

  it.each([
    ['quiet hours with a start and no end', { quietEnd: null }],
    ['an hour that does not exist', { digestHour: 24 }],
    ['an unknown mode', { defaultMode: 'hourly' }],
    ['quiet hours that start and end together', { quietStart: 7, quietEnd: 7 }],
  ])('refuses %s with 400', async (_name, change) => {
    const person = await signedInPerson(env.app);
    const response = await person.client.send('PUT', '/api/me/email-preferences', { ...CHOICES, ...change });
    expect(response.status).toBe(400);
  });

  it('needs a session to read or change preferences', async () => {
    expect((await env.app.request('/api/me/email-preferences')).status).toBe(401);
  });

  it('one click stops a thread, a community or everything, without a session or CSRF token, and can be undone', async () => {
    const grace = await signedInPerson(env.app, { displayName: 'Grace Whitfield' });
    const { community, category } = await buildForum(env.dataSource, { members: { [grace.userId]: 'member' } });
    const threadId = await startThread(grace, community.slug, category.slug, { title: 'Observation feedback' });

    const forThread = token({ userId: grace.userId, scope: 'thread', scopeId: threadId });
    expect(await describe_(forThread)).toEqual({ scope: 'thread', name: 'Observation feedback', done: false });
    // GET only describes: a link scanner opening it changes nothing.
    expect(await describe_(forThread)).toMatchObject({ done: false });

    for (let i = 0; i < 2; i++) {
      const response = await oneClick(forThread); // twice: idempotent
      expect(response.status).toBe(200);
      expect(unsubscribeDescriptionSchema.parse(await response.json())).toMatchObject({ done: true });
    }
    const optOuts: unknown[] = await env.dataSource.query(
      'SELECT 1 FROM thread_email_opt_outs WHERE user_id = $1 AND thread_id = $2',
      [grace.userId, threadId],
    );
    expect(optOuts).toHaveLength(1);

    const forCommunity = token({ userId: grace.userId, scope: 'community', scopeId: community.id });
    expect(await describe_(forCommunity)).toEqual({ scope: 'community', name: community.name, done: false });
    await oneClick(forCommunity);
    expect((await preferences(grace)).communities).toEqual([expect.objectContaining({ mode: 'never' })]);

    const forAll = token({ userId: grace.userId, scope: 'all', scopeId: null });
    await oneClick(forAll);
    expect((await preferences(grace)).allOff).toBe(true);
    const undone = await oneClick(forAll, '/api/email/unsubscribe/undo');
    expect(unsubscribeDescriptionSchema.parse(await undone.json())).toMatchObject({ done: false });
    expect((await preferences(grace)).allOff).toBe(false);
  });

  it('refuses forged and altered tokens with 400, and a token only ever acts for its own person', async () => {
    const grace = await signedInPerson(env.app);
    const tom = await signedInPerson(env.app);
    const graceAll = token({ userId: grace.userId, scope: 'all', scopeId: null });
    const [payload, mac] = graceAll.split('.');
    const forTom = `${Buffer.from(`${tom.userId}|all|`).toString('base64url')}.${mac}`;

    for (const bad of [forTom, `${payload}.${'A'.repeat(mac!.length)}`, 'not-a-token-at-all']) {
      expect((await oneClick(bad)).status).toBe(400);
      expect((await env.app.request(`/api/email/unsubscribe?token=${bad}`)).status).toBe(400);
    }
    expect((await oneClick('')).status).toBe(400);
    expect((await preferences(tom)).allOff).toBe(false);
    expect((await preferences(grace)).allOff).toBe(false);
  });

  it('names a thread or community only while the person may still read it', async () => {
    const grace = await signedInPerson(env.app);
    const author = await signedInPerson(env.app);
    const { community, category } = await buildForum(env.dataSource, {
      visibility: 'request',
      members: { [grace.userId]: 'member', [author.userId]: 'member' },
    });
    const threadId = await startThread(author, community.slug, category.slug, { title: 'Placement concern' });
    const forThread = token({ userId: grace.userId, scope: 'thread', scopeId: threadId });
    const forCommunity = token({ userId: grace.userId, scope: 'community', scopeId: community.id });
    expect((await describe_(forThread)).name).toBe('Placement concern');

    await env.dataSource.query('DELETE FROM community_members WHERE user_id = $1 AND community_id = $2', [
      grace.userId,
      community.id,
    ]);
    expect(await describe_(forThread)).toEqual({ scope: 'thread', name: null, done: false });
    expect(await describe_(forCommunity)).toEqual({ scope: 'community', name: null, done: false });
    // She can still stop the email she no longer wants.
    expect((await oneClick(forThread)).status).toBe(200);
  });
});
