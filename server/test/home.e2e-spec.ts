import { homeNeedsSchema, homeSchema, homeThreadPageSchema, publicHomeSchema } from '@commonroom/contracts';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';
import { settleBackgroundWork } from './support/outbox';

describe('home: what is new across my communities', () => {
  const env = useAppAndDatabase();
  let me: SignedInPerson;
  let colleague: SignedInPerson;

  beforeEach(async () => {
    [me, colleague] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
  });

  const home = async (person: SignedInPerson) => {
    const response = await person.client.get('/api/home');
    expect(response.status).toBe(200);
    return homeSchema.parse(await response.json());
  };
  const threads = async (person: SignedInPerson | null, query: string) => {
    const response = await (person
      ? person.client.get(`/api/home/threads?${query}`)
      : env.app.request(`/api/home/threads?${query}`));
    expect(response.status).toBe(200);
    return homeThreadPageSchema.parse(await response.json());
  };
  const forumWith = (
    members: Record<string, 'facilitator' | 'member'>,
    visibility: 'open' | 'hidden' | 'request' = 'open',
  ) => buildForum(env.dataSource, { visibility, members });

  it('lists new posts in my communities as unread and latest, and nothing from a community I cannot read', async () => {
    const mine = await forumWith({ [me.userId]: 'member', [colleague.userId]: 'member' });
    const hidden = await forumWith({ [colleague.userId]: 'facilitator' }, 'hidden');
    const openNotMine = await forumWith({ [colleague.userId]: 'facilitator' });
    const myThread = await startThread(me, mine.community.slug, mine.category.slug, { title: 'First week plans' });
    const secret = await startThread(colleague, hidden.community.slug, hidden.category.slug, { title: 'Secret' });
    const elsewhere = await startThread(colleague, openNotMine.community.slug, openNotMine.category.slug);
    await reply(colleague, myThread, 'We start with a tour.');
    await reply(colleague, secret, 'Nobody else sees this.');

    const answer = await home(me);
    expect(answer.unread.items.map((t) => [t.title, t.unreadCount, t.postCount])).toEqual([['First week plans', 1, 2]]);
    expect(answer.latest.items.map((t) => t.id)).toEqual([myThread]);
    expect(answer.latest.items[0]!.community).toEqual({
      id: mine.community.id,
      slug: mine.community.slug,
      name: mine.community.name,
    });
    expect(answer.communities.map((c) => [c.id, c.role, c.unreadThreads])).toEqual([[mine.community.id, 'member', 1]]);
    expect(JSON.stringify(answer)).not.toContain(secret);
    expect(JSON.stringify(answer)).not.toContain('Secret');

    // One community's recent activity: an open one reads for any signed-in person, a hidden one for nobody outside.
    expect((await threads(me, `community=${openNotMine.community.id}`)).items.map((t) => t.id)).toEqual([elsewhere]);
    expect((await threads(me, `community=${hidden.community.id}`)).items).toEqual([]);
    expect((await threads(null, `community=${openNotMine.community.id}`)).items).toEqual([]);
    expect((await threads(colleague, `community=${hidden.community.id}`)).items.map((t) => t.id)).toEqual([secret]);
  });

  it('marks a thread read once I have read it, and pages latest with a cursor', async () => {
    const { community, category } = await forumWith({ [me.userId]: 'member', [colleague.userId]: 'member' });
    const ids: string[] = [];
    for (const title of ['Thread one', 'Thread two', 'Thread three'])
      ids.push(await startThread(colleague, community.slug, category.slug, { title }));

    expect((await threads(me, 'filter=unread')).items.map((t) => [t.title, t.unreadCount])).toEqual([
      ['Thread three', null],
      ['Thread two', null],
      ['Thread one', null],
    ]);
    expect((await me.client.send('PUT', `/api/threads/${ids[2]}/read`, { number: 1 })).status).toBe(204);
    expect((await threads(me, 'filter=unread')).items.map((t) => t.title)).toEqual(['Thread two', 'Thread one']);

    const first = await threads(me, 'limit=2');
    expect(first.items.map((t) => t.title)).toEqual(['Thread three', 'Thread two']);
    const second = await threads(me, `limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second).toEqual({ items: [expect.objectContaining({ title: 'Thread one' })], nextCursor: null });
  });

  it('shows a facilitator the join requests and flags waiting, and me my contact requests', async () => {
    const facilitator = await signedInPerson(env.app);
    const { community, category } = await forumWith(
      { [facilitator.userId]: 'facilitator', [colleague.userId]: 'member' },
      'request',
    );
    const thread = await startThread(colleague, community.slug, category.slug);
    const post = await reply(colleague, thread, 'A reply somebody flags.');
    expect((await me.client.send('POST', `/api/communities/${community.slug}/join`, {})).status).toBe(200);
    const flag = await facilitator.client.send('POST', `/api/posts/${post.id}/flags`, { reason: 'off_topic' });
    expect(flag.status).toBeLessThan(300);
    const contact = await colleague.client.send('POST', `/api/people/${me.userId}/contact-requests`, {
      message: 'Could we talk about placements?',
    });
    expect(contact.status).toBe(201);

    const needs = homeNeedsSchema.parse(await (await facilitator.client.get('/api/home/needs')).json());
    expect(needs).toEqual({
      total: 2,
      communities: [
        { community: { id: community.id, slug: community.slug, name: community.name }, joinRequests: 1, openFlags: 1 },
      ],
    });
    expect((await home(facilitator)).waiting.facilitating).toEqual(needs);
    expect(homeNeedsSchema.parse(await (await colleague.client.get('/api/home/needs')).json())).toEqual({
      total: 0,
      communities: [],
    });
    expect((await home(me)).waiting).toEqual({
      contactRequests: 1,
      invitations: [],
      facilitating: { total: 0, communities: [] },
    });
  });

  it('costs the same handful of SQL statements with one community as with five', async () => {
    const reader = await signedInPerson(env.app);
    // Counts every statement the process runs during the request. The threads just started are first
    // handled to the end (search, notices and their email jobs run in this process too); a poll may
    // still land in a try, which only adds, so the fewest of three tries is the home's own cost.
    const statementsForHome = async () => {
      await settleBackgroundWork(env.app);
      const counts: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          await home(reader);
          counts.push(spy.mock.calls.length);
        } finally {
          spy.mockRestore();
        }
      }
      return Math.min(...counts);
    };
    const join = async () => {
      const { community, category } = await forumWith({ [reader.userId]: 'member', [colleague.userId]: 'facilitator' });
      await startThread(colleague, community.slug, category.slug);
    };
    await join();
    const withOne = await statementsForHome();
    for (let i = 0; i < 4; i += 1) await join();
    const withFive = await statementsForHome();
    expect((await home(reader)).communities).toHaveLength(5);
    expect(withFive).toBe(withOne);
    expect(withOne).toBeLessThanOrEqual(8);
  });

  it('signed out: the home needs sign-in, the public home lists findable communities without thread titles', async () => {
    const open = await forumWith({ [colleague.userId]: 'facilitator', [me.userId]: 'member' });
    const hidden = await forumWith({ [colleague.userId]: 'facilitator' }, 'hidden');
    await startThread(colleague, open.community.slug, open.category.slug, { title: 'Members only title' });

    expect((await env.app.request('/api/home')).status).toBe(401);
    expect((await env.app.request('/api/home/needs')).status).toBe(401);
    const response = await env.app.request('/api/home/public');
    const body = await response.text();
    const listed = publicHomeSchema.parse(JSON.parse(body)).communities;
    expect(listed.find((c) => c.id === open.community.id)).toEqual({
      id: open.community.id,
      slug: open.community.slug,
      name: open.community.name,
      description: open.community.description,
      memberCount: 2,
      lastActivityAt: expect.any(String),
    });
    expect(listed.some((c) => c.id === hidden.community.id)).toBe(false);
    expect(body).not.toContain('Members only title');
  });

  it('answers a bad cursor, filter or community with 400', async () => {
    for (const query of ['cursor=yesterday', 'filter=everything', 'community=not-a-uuid', 'limit=500']) {
      expect((await me.client.get(`/api/home/threads?${query}`)).status).toBe(400);
    }
  });
});
