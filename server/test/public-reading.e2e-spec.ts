import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { communityDetailSchema, postPageSchema, threadDetailSchema, threadTeaserSchema } from '@commonroom/contracts';
import { buildForum, startThread } from './factories/forum.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

// A shell shaped like the built client's index.html: the server swaps its title and description.
const dist = mkdtempSync(join(tmpdir(), 'commonroom-public-'));
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8" />
    <meta name="description" content="Generic product description" />
    <title>Commonroom – generic</title></head><body><div id="root"></div></body></html>`,
);

describe('public reading: an open community anyone with the link can read (ADR 0015)', () => {
  const env = useAppAndDatabase({ SERVE_CLIENT: 'true', CLIENT_DIST_DIR: dist });
  let facilitator: SignedInPerson;
  let outsider: SignedInPerson;
  let visitor: BrowserLikeClient;

  beforeEach(async () => {
    [facilitator, outsider] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    visitor = new BrowserLikeClient(env.app);
  });

  /** A forum with one thread; public reading as given. */
  async function forumWithThread(options: {
    visibility?: 'open' | 'request' | 'hidden';
    publicReading?: boolean;
    title?: string;
  }) {
    const { community, category } = await buildForum(env.dataSource, {
      visibility: options.visibility ?? 'open',
      publicReading: options.publicReading ?? false,
      members: { [facilitator.userId]: 'facilitator' },
    });
    const threadId = await startThread(facilitator, community.slug, category.slug, {
      title: options.title ?? 'Planning the first week of placement',
      raw: 'What do you do on day one?',
    });
    return { community, category, threadId };
  }

  const setPublic = (slug: string, body: object) => facilitator.client.send('PATCH', `/api/communities/${slug}`, body);

  it('a visitor reads the forum, a category and a thread, with no cookie set and a short public cache', async () => {
    const { community, category, threadId } = await forumWithThread({ publicReading: true });
    for (const path of [
      `/api/communities/${community.slug}/forum`,
      `/api/communities/${community.slug}/forum/categories/${category.slug}`,
      `/api/threads/${threadId}`,
      `/api/threads/${threadId}/posts`,
    ]) {
      const response = await visitor.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      expect(response.headers.get('vary')).toContain('Cookie');
      expect(response.headers.get('etag')).toMatch(/^".+"$/);
    }
    const thread = threadDetailSchema.parse(await (await visitor.get(`/api/threads/${threadId}`)).json());
    expect(thread.title).toBe('Planning the first week of placement');
    const posts = postPageSchema.parse(await (await visitor.get(`/api/threads/${threadId}/posts`)).json());
    expect(posts.items[0]!.author.displayName).toBe(facilitator.displayName);
    expect(JSON.stringify(posts)).not.toContain(facilitator.email);
  });

  it('answers a repeated read with 304 when nothing changed', async () => {
    const { threadId } = await forumWithThread({ publicReading: true });
    const first = await visitor.get(`/api/threads/${threadId}/posts`);
    const again = await env.app.request(`/api/threads/${threadId}/posts`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('keeps a signed-in reader’s answers out of every cache', async () => {
    const { threadId } = await forumWithThread({ publicReading: true });
    const response = await outsider.client.get(`/api/threads/${threadId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('lets a visitor write nothing: no replies, reactions, flags or member list', async () => {
    const { community, threadId } = await forumWithThread({ publicReading: true });
    const posts = postPageSchema.parse(await (await visitor.get(`/api/threads/${threadId}/posts`)).json());
    const postId = posts.items[0]!.id;
    await visitor.session(); // holds a CSRF token, as the web client would
    const attempts = [
      await visitor.send('POST', `/api/threads/${threadId}/posts`, { raw: 'Hello from nobody' }),
      await visitor.send('PUT', `/api/posts/${postId}/reactions/like`),
      await visitor.send('POST', `/api/posts/${postId}/flags`, { reason: 'spam' }),
      await visitor.send('POST', `/api/communities/${community.slug}/join`, {}),
      await visitor.get(`/api/communities/${community.slug}/members`),
      await visitor.get(`/api/communities/${community.slug}/moderation`),
    ];
    expect(attempts.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  it('with the switch off a visitor gets 404 for the thread, as for anything they may not read', async () => {
    const { community, threadId } = await forumWithThread({ publicReading: false });
    expect((await visitor.get(`/api/threads/${threadId}`)).status).toBe(404);
    expect((await visitor.get(`/api/threads/${threadId}/posts`)).status).toBe(404);
    expect((await visitor.get(`/api/communities/${community.slug}/forum`)).status).toBe(404);
    const error = await visitor.get(`/api/threads/${threadId}`);
    expect(error.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('a facilitator switches it on for an open community only; leaving "open" switches it off; both audited', async () => {
    const { community, threadId } = await forumWithThread({});
    const on = await setPublic(community.slug, { publicReading: true });
    expect(on.status).toBe(200);
    expect(communityDetailSchema.parse(await on.json()).publicReading).toBe(true);
    expect((await visitor.get(`/api/threads/${threadId}`)).status).toBe(200);

    const notOpen = await setPublic(community.slug, { visibility: 'request' });
    expect(communityDetailSchema.parse(await notOpen.json()).publicReading).toBe(false);
    expect((await visitor.get(`/api/threads/${threadId}`)).status).toBe(404);

    const refused = await setPublic(community.slug, { publicReading: true });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('Only an open community can be read without signing in.');
    const audit: { metadata: { fields: string[] } }[] = await env.dataSource.query(
      `SELECT metadata FROM audit_events WHERE action = 'community.settings_changed' AND metadata->>'communityId' = $1 ORDER BY occurred_at`,
      [community.id],
    );
    expect(audit.map((a) => a.metadata.fields)).toEqual([['publicReading'], ['visibility', 'publicReading']]);
  });

  it('members cannot switch it on; a hidden community never can', async () => {
    const { community } = await forumWithThread({ visibility: 'hidden' });
    expect((await setPublic(community.slug, { publicReading: true })).status).toBe(400);
    const open = await forumWithThread({});
    expect(
      (await outsider.client.send('PATCH', `/api/communities/${open.community.slug}`, { publicReading: true })).status,
    ).toBe(403);
    expect((await setPublic(open.community.slug, { publicReading: 'yes' })).status).toBe(400);
  });

  describe('the teaser of a thread a visitor may not read', () => {
    it('gives only the title and the community for a listed community', async () => {
      for (const visibility of ['open', 'request'] as const) {
        const { community, threadId } = await forumWithThread({ visibility });
        const response = await visitor.get(`/api/threads/${threadId}/teaser`);
        expect(response.status).toBe(200);
        const body = await response.json();
        expect(body).toEqual({
          title: 'Planning the first week of placement',
          community: { slug: community.slug, name: community.name },
        });
        threadTeaserSchema.parse(body);
      }
    });

    it('answers 404 for a hidden community, a removed thread and a bad id', async () => {
      const hidden = await forumWithThread({ visibility: 'hidden' });
      expect((await visitor.get(`/api/threads/${hidden.threadId}/teaser`)).status).toBe(404);
      expect((await outsider.client.get(`/api/threads/${hidden.threadId}/teaser`)).status).toBe(404);
      const removed = await forumWithThread({});
      expect((await facilitator.client.send('DELETE', `/api/threads/${removed.threadId}`)).status).toBe(204);
      expect((await visitor.get(`/api/threads/${removed.threadId}/teaser`)).status).toBe(404);
      expect((await visitor.get(`/api/threads/not-a-uuid/teaser`)).status).toBe(400);
    });
  });

  describe('page titles and link previews in the HTML shell', () => {
    const html = async (path: string) => {
      const response = await visitor.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
      return { response, text: await response.text() };
    };

    it('a public thread has its title, description, Open Graph, Twitter card and canonical link', async () => {
      const { community, threadId } = await forumWithThread({ publicReading: true });
      const { response, text } = await html(`/communities/${community.slug}/forum/t/${threadId}?from=email`);
      const url = `${env.app.config.http.publicUrl.replace(/\/$/, '')}/communities/${community.slug}/forum/t/${threadId}`;
      expect(text).toContain(`<title>Planning the first week of placement · ${community.name} · Commonroom</title>`);
      expect(text).toContain(
        `<meta property="og:title" content="Planning the first week of placement · ${community.name}" />`,
      );
      expect(text).toContain(`<meta property="og:url" content="${url}" />`);
      expect(text).toContain(`<link rel="canonical" href="${url}" />`);
      expect(text).toContain('<meta property="og:site_name" content="Commonroom" />');
      expect(text).toContain('<meta property="og:type" content="article" />');
      expect(text).toContain('<meta name="twitter:card" content="summary" />');
      expect(text).toContain('<meta property="og:description" content="A discussion started by');
      expect(text).not.toContain('Generic product description');
      expect(text.match(/<title>/g)).toHaveLength(1);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    });

    it('a public community’s home and forum have the community’s preview', async () => {
      const { community } = await forumWithThread({ publicReading: true });
      for (const path of [`/communities/${community.slug}`, `/communities/${community.slug}/forum`]) {
        const { text } = await html(path);
        expect(text).toContain(`<title>${community.name} · Commonroom</title>`);
        expect(text).toContain(`<meta property="og:description" content="${community.description}" />`);
      }
    });

    it('a members-only thread, a hidden community’s thread and unknown paths get the generic shell', async () => {
      const membersOnly = await forumWithThread({ title: 'Members only title' });
      const hidden = await forumWithThread({ visibility: 'hidden', title: 'Hidden title' });
      for (const [path, secret] of [
        [`/communities/${membersOnly.community.slug}/forum/t/${membersOnly.threadId}`, 'Members only title'],
        [`/communities/${membersOnly.community.slug}`, membersOnly.community.name],
        [`/communities/${hidden.community.slug}/forum/t/${hidden.threadId}`, 'Hidden title'],
        [`/communities/${hidden.community.slug}`, hidden.community.name],
        [`/communities/x/forum/t/not-a-uuid`, 'og:'],
      ] as const) {
        const { response, text } = await html(path);
        expect(text).toContain('<title>Commonroom – generic</title>');
        expect(text).not.toContain(secret);
        expect(text).not.toContain('og:title');
        expect(response.headers.get('cache-control')).toBe('no-cache');
      }
    });

    it('a member asking for a members-only thread gets the generic shell too (previews never depend on who asks)', async () => {
      const { community, threadId } = await forumWithThread({ title: 'Members only again' });
      const text = await (await facilitator.client.get(`/communities/${community.slug}/forum/t/${threadId}`)).text();
      expect(text).not.toContain('Members only again');
    });

    it('escapes a hostile thread title everywhere it is written', async () => {
      const title = `</title><script>alert(1)</script>" onload="x' & <b>`;
      const { community, threadId } = await forumWithThread({ publicReading: true, title });
      const { text } = await html(`/communities/${community.slug}/forum/t/${threadId}`);
      expect(text).not.toContain('<script>alert(1)</script>');
      expect(text).not.toContain('" onload="');
      expect(text).toContain(
        '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x&#39; &amp; &lt;b&gt;',
      );
    });
  });
});
