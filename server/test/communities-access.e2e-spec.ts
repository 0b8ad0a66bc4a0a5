import { communityDetailSchema, communityPageSchema, type CommunityVisibility } from '@commonroom/contracts';
import { RouteRegistry } from '../src/infrastructure/http/route-registry';
import { buildAffiliation, buildCommunity } from './factories/community.factory';
import { buildOrganisation } from './factories/organisation.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

type Viewer = 'visitor' | 'outsider' | 'member' | 'facilitator' | 'organisationAdmin' | 'platformAdmin';
const VIEWERS: Viewer[] = ['visitor', 'outsider', 'member', 'facilitator', 'organisationAdmin', 'platformAdmin'];
const VISIBILITIES: CommunityVisibility[] = ['open', 'request', 'invite_only', 'hidden'];

/**
 * The community access rules, written out as the table a facilitator would read:
 * [see the home page, find it in the directory, read the members tool, change settings].
 * An organisation admin of an unrelated organisation is just another signed-in person here;
 * partnership spaces (where lead admins facilitate) are covered in partnerships.e2e-spec.ts.
 */
const EXPECTED: Record<CommunityVisibility, Record<Viewer, [number, boolean, number, number]>> = {
  open: {
    visitor: [200, true, 401, 401],
    outsider: [200, true, 200, 403],
    member: [200, true, 200, 403],
    facilitator: [200, true, 200, 200],
    organisationAdmin: [200, true, 200, 403],
    platformAdmin: [200, true, 200, 200],
  },
  request: {
    visitor: [200, true, 401, 401],
    outsider: [200, true, 404, 403],
    member: [200, true, 200, 403],
    facilitator: [200, true, 200, 200],
    organisationAdmin: [200, true, 404, 403],
    platformAdmin: [200, true, 200, 200],
  },
  invite_only: {
    visitor: [200, true, 401, 401],
    outsider: [200, true, 404, 403],
    member: [200, true, 200, 403],
    facilitator: [200, true, 200, 200],
    organisationAdmin: [200, true, 404, 403],
    platformAdmin: [200, true, 200, 200],
  },
  hidden: {
    visitor: [404, false, 401, 401],
    outsider: [404, false, 404, 404],
    member: [200, true, 200, 403],
    facilitator: [200, true, 200, 200],
    organisationAdmin: [404, false, 404, 404],
    platformAdmin: [200, true, 200, 200],
  },
};

describe('community access rules, role × action', () => {
  const env = useAppAndDatabase();
  const people = {} as Record<Exclude<Viewer, 'visitor'>, SignedInPerson>;
  const clientOf = (viewer: Viewer) => (viewer === 'visitor' ? new BrowserLikeClient(env.app) : people[viewer].client);
  const communities = {} as Record<CommunityVisibility, { slug: string; name: string }>;

  beforeAll(async () => {
    for (const viewer of ['outsider', 'member', 'facilitator', 'organisationAdmin'] as const)
      people[viewer] = await signedInPerson(env.app);
    people.platformAdmin = await signedInPerson(env.app, { platformRole: 'admin' });
    const organisation = await buildOrganisation(env.dataSource);
    await buildAffiliation(env.dataSource, {
      userId: people.organisationAdmin.userId,
      organisationId: organisation.id,
      role: 'organisation_admin',
    });
    for (const visibility of VISIBILITIES) {
      const community = await buildCommunity(env.dataSource, {
        visibility,
        members: { [people.member.userId]: 'member', [people.facilitator.userId]: 'facilitator' },
      });
      communities[visibility] = { slug: community.slug, name: community.name };
    }
  });

  describe.each(VISIBILITIES)('a %s community', (visibility) => {
    it.each(VIEWERS)('as %s: home, directory, members tool and settings answer as the table says', async (viewer) => {
      const client = clientOf(viewer);
      const { slug, name } = communities[visibility];
      const [see, listed, members, manage] = EXPECTED[visibility][viewer];

      const home = await client.get(`/api/communities/${slug}`);
      expect(home.status).toBe(see);
      if (see === 200)
        expect(communityDetailSchema.parse(await home.json()).viewer.abilities.manage).toBe(manage === 200);

      const directory = communityPageSchema.parse(
        await (await client.get(`/api/communities?q=${encodeURIComponent(name)}`)).json(),
      );
      expect(directory.items.some((c) => c.slug === slug)).toBe(listed);
      expect(directory.total).toBe(listed ? 1 : 0);

      expect((await client.get(`/api/communities/${slug}/members`)).status).toBe(members);
      expect(
        (await client.send('PATCH', `/api/communities/${slug}`, { description: `Changed by ${viewer}` })).status,
      ).toBe(manage);
    });
  });

  it.each([
    ['open', 200, 'member'],
    ['request', 200, 'requested'],
    ['invite_only', 403, undefined],
    ['hidden', 404, undefined],
  ] as const)('joining a %s community as an outsider answers %i (%s)', async (visibility, status, result) => {
    const community = await buildCommunity(env.dataSource, { visibility });
    const person = await signedInPerson(env.app);
    const response = await person.client.send('POST', `/api/communities/${community.slug}/join`, {});
    expect(response.status).toBe(status);
    if (result) expect(((await response.json()) as { status: string }).status).toBe(result);
    const detail = await person.client.get(`/api/communities/${community.slug}`);
    if (result === 'member') expect(communityDetailSchema.parse(await detail.json()).viewer.role).toBe('member');
    if (result === 'requested')
      expect(communityDetailSchema.parse(await detail.json()).viewer).toMatchObject({
        role: null,
        pendingRequest: true,
      });
  });

  it('a visitor who is not signed in cannot join anything', async () => {
    const community = await buildCommunity(env.dataSource, { visibility: 'open' });
    expect(
      (await new BrowserLikeClient(env.app).send('POST', `/api/communities/${community.slug}/join`, {})).status,
    ).toBe(401);
  });

  it('answers 404 on every community route for a hidden community the person is not in', async () => {
    const hidden = await buildCommunity(env.dataSource, {
      visibility: 'hidden',
      members: { [people.member.userId]: 'facilitator' },
    });
    const someone = '00000000-0000-4000-8000-000000000000';
    // Any valid body: the point is that nothing past the lookup runs.
    const bodies: Record<string, unknown> = {
      'PATCH /api/communities/:slug': { name: 'Renamed' },
      'PATCH /api/communities/:slug/members/:userId': { role: 'facilitator' },
      'POST /api/communities/:slug/requests/:requestId/decision': { decision: 'approve' },
      'POST /api/communities/:slug/invitations': { emails: ['someone@example.org'] },
      'POST /api/communities/:slug/join': {},
      'POST /api/communities/:slug/forum/categories': { name: 'Placements' },
      'PUT /api/communities/:slug/forum/category-order': { categoryIds: [someone] },
      'POST /api/communities/:slug/forum/categories/:categorySlug/threads': { title: 'A new discussion', raw: 'Hello' },
    };
    const queries: Record<string, string> = { 'GET /api/communities/:slug/mention-suggestions': '?q=a' };
    const routes = env.app.app
      .get(RouteRegistry)
      .list()
      .filter((r) => r.path.startsWith('/api/communities/:slug'));
    expect(routes.length).toBeGreaterThanOrEqual(12);
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const path =
        route.path
          .replace(':slug', hidden.slug)
          .replace(':categorySlug', 'general')
          .replace(/:[a-zA-Z]+Id/g, someone) + (queries[key] ?? '');
      const response =
        route.method === 'GET'
          ? await people.outsider.client.get(path)
          : await people.outsider.client.send(route.method as 'POST', path, bodies[key] ?? undefined);
      expect({ route: key, status: response.status }).toEqual({ route: key, status: 404 });
    }
    const mine = communityPageSchema.parse(
      await (await people.outsider.client.get('/api/communities?mine=true&pageSize=100')).json(),
    );
    expect(mine.items.map((c) => c.slug)).not.toContain(hidden.slug);
  });

  it('a switched-off tool answers 404, even to its facilitators, and leaves the navigation', async () => {
    const facilitator = await signedInPerson(env.app);
    const community = await buildCommunity(env.dataSource, {
      visibility: 'open',
      tools: ['forum', 'members'],
      members: { [facilitator.userId]: 'facilitator' },
    });
    expect((await facilitator.client.get(`/api/communities/${community.slug}/members`)).status).toBe(200);

    const saved = await facilitator.client.send('PATCH', `/api/communities/${community.slug}`, {
      tools: ['forum'],
    });
    expect(communityDetailSchema.parse(await saved.json()).tools).toEqual(['forum']);
    expect((await facilitator.client.get(`/api/communities/${community.slug}/members`)).status).toBe(404);
    expect((await people.outsider.client.get(`/api/communities/${community.slug}/members`)).status).toBe(404);
    // Facilitators still manage membership in settings.
    expect((await facilitator.client.get(`/api/communities/${community.slug}/settings/members`)).status).toBe(200);
  });

  it('refuses to switch on a tool that is not built yet, with a sentence, and changes nothing', async () => {
    const facilitator = await signedInPerson(env.app);
    const community = await buildCommunity(env.dataSource, {
      visibility: 'open',
      tools: ['forum', 'members'],
      members: { [facilitator.userId]: 'facilitator' },
    });

    const refused = await facilitator.client.send('PATCH', `/api/communities/${community.slug}`, {
      tools: ['forum', 'wiki', 'members'],
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('Wiki is not available yet, so it cannot be switched on.');
    const created = await facilitator.client.send('POST', '/api/communities', {
      name: 'Events for mentors',
      type: 'peer_group',
      visibility: 'open',
      tools: ['forum', 'events'],
    });
    expect(created.status).toBe(400);

    const detail = await facilitator.client.get(`/api/communities/${community.slug}`);
    expect(communityDetailSchema.parse(await detail.json()).tools).toEqual(['forum', 'members']);
  });

  it('does not show a tool that stored data has switched on before it was built', async () => {
    const member = await signedInPerson(env.app);
    const community = await buildCommunity(env.dataSource, {
      visibility: 'open',
      tools: ['forum', 'wiki', 'library', 'events', 'members'],
      members: { [member.userId]: 'member' },
    });

    const detail = await member.client.get(`/api/communities/${community.slug}`);

    expect(communityDetailSchema.parse(await detail.json()).tools).toEqual(['forum', 'members']);
  });
});
