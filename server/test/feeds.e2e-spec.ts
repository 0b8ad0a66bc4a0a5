import { feedTokenStateSchema, type FeedTokenState } from '@commonroom/contracts';
import { parseDocument, DomUtils } from 'htmlparser2';
import { DataSource } from 'typeorm';
import { xml2js, type Element } from 'xml-js';
import { buildForum, reply, startThread } from './factories/forum.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';
import { settleBackgroundWork } from './support/outbox';

interface FeedItem {
  id: string;
  title: string;
  link: string;
  html: string;
  author: string;
}

const child = (node: Element | undefined, name: string) => node?.elements?.find((e) => e.name === name);
const children = (node: Element | undefined, name: string) => node?.elements?.filter((e) => e.name === name) ?? [];
const text = (node: Element | undefined) =>
  (node?.elements ?? []).map((e) => (e.type === 'cdata' ? e.cdata : e.type === 'text' ? e.text : '')).join('');

/** Parses a feed strictly (a malformed document throws) and reads its items, RSS or Atom alike. */
function parseFeed(xml: string): { title: string; items: FeedItem[] } {
  const root = (xml2js(xml, { compact: false }) as Element).elements!.find((e) => e.type === 'element')!;
  if (root.name === 'rss') {
    const channel = child(root, 'channel');
    return {
      title: text(child(channel, 'title')),
      items: children(channel, 'item').map((item) => ({
        id: text(child(item, 'guid')),
        title: text(child(item, 'title')),
        link: text(child(item, 'link')),
        html: text(child(item, 'content:encoded')),
        author: text(child(item, 'author')),
      })),
    };
  }
  expect(root.name).toBe('feed');
  return {
    title: text(child(root, 'title')),
    items: children(root, 'entry').map((entry) => ({
      id: text(child(entry, 'id')),
      title: text(child(entry, 'title')),
      link: String(child(entry, 'link')?.attributes?.href),
      html: text(child(entry, 'content')),
      author: text(child(child(entry, 'author'), 'name')),
    })),
  };
}

describe('feeds: RSS and Atom of forums, categories and tags, public or with a private link', () => {
  const env = useAppAndDatabase();
  let facilitator: SignedInPerson;
  let member: SignedInPerson;
  let visitor: BrowserLikeClient;

  beforeEach(async () => {
    [facilitator, member] = await Promise.all([signedInPerson(env.app), signedInPerson(env.app)]);
    visitor = new BrowserLikeClient(env.app);
  });

  async function forum(options: { visibility?: 'open' | 'request'; publicReading?: boolean; categories?: string[] }) {
    return buildForum(env.dataSource, {
      visibility: options.visibility ?? 'open',
      publicReading: options.publicReading ?? false,
      categories: options.categories,
      members: { [facilitator.userId]: 'facilitator', [member.userId]: 'member' },
    });
  }
  const feedPath = (slug: string, format = 'rss', token?: string) =>
    `/api/feeds/communities/${slug}/forum.${format}${token ? `?token=${token}` : ''}`;
  const newToken = async (person: SignedInPerson): Promise<FeedTokenState> => {
    const response = await person.client.send('POST', '/api/me/feed-token');
    expect(response.status).toBe(201);
    return feedTokenStateSchema.parse(await response.json());
  };

  it('a signed-out reader gets an open, publicly readable forum as RSS and Atom; members-only forums are 404', async () => {
    const { community, category } = await forum({ publicReading: true });
    const threadId = await startThread(facilitator, community.slug, category.slug, {
      title: 'Planning the first week',
      raw: 'What do you do on **day one**?',
    });
    await reply(member, threadId, 'We start with a tour.');

    const rss = await visitor.get(feedPath(community.slug));
    expect(rss.status).toBe(200);
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(rss.headers.get('cache-control')).toBe('public, max-age=60');
    expect(rss.headers.get('set-cookie')).toBeNull();
    const feed = parseFeed(await rss.text());
    expect(feed.items.map((i) => [i.title, i.author])).toEqual([
      ['Re: Planning the first week', member.displayName],
      ['Planning the first week', facilitator.displayName],
    ]);
    // The stored cooked HTML, never the Markdown; the link opens the post in place.
    expect(feed.items[1]!.html).toContain('<strong>day one</strong>');
    expect(feed.items[1]!.html).not.toContain('**');
    expect(feed.items[0]!.link).toBe(
      `${env.app.config.http.publicUrl}/communities/${community.slug}/forum/t/${threadId}#post-2`,
    );

    const atom = await visitor.get(feedPath(community.slug, 'atom'));
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(parseFeed(await atom.text()).items.map((i) => i.html)).toEqual(feed.items.map((i) => i.html));

    const membersOnly = await forum({ visibility: 'request' });
    const openNotPublic = await forum({});
    for (const slug of [membersOnly.community.slug, openNotPublic.community.slug, 'no-such-community'])
      expect((await visitor.get(feedPath(slug))).status).toBe(404);
  });

  it('a private link works for a member, stops when revoked or replaced, and when they leave the community', async () => {
    const { community, category } = await forum({ visibility: 'request' });
    await startThread(facilitator, community.slug, category.slug, { title: 'Members only' });

    expect(feedTokenStateSchema.parse(await (await member.client.get('/api/me/feed-token')).json()).token).toBeNull();
    const first = await newToken(member);
    expect(first.communities.map((c) => c.slug)).toContain(community.slug);
    const shown = feedTokenStateSchema.parse(await (await member.client.get('/api/me/feed-token')).json());
    expect(shown.token).toBe(first.token);

    const privateFeed = await visitor.get(feedPath(community.slug, 'rss', first.token!));
    expect(privateFeed.status).toBe(200);
    expect(privateFeed.headers.get('cache-control')).toBe('private, no-cache');
    expect(parseFeed(await privateFeed.text()).items.map((i) => i.title)).toEqual(['Members only']);
    // Someone else's feed link does not open a community they are not in.
    const outsider = await signedInPerson(env.app);
    expect((await visitor.get(feedPath(community.slug, 'rss', (await newToken(outsider)).token!))).status).toBe(404);

    const second = await newToken(member);
    expect((await visitor.get(feedPath(community.slug, 'rss', first.token!))).status).toBe(404);
    expect((await visitor.get(feedPath(community.slug, 'atom', second.token!))).status).toBe(200);

    expect((await member.client.send('POST', `/api/communities/${community.slug}/leave`)).status).toBeLessThan(300);
    expect((await visitor.get(feedPath(community.slug, 'rss', second.token!))).status).toBe(404);

    const third = await newToken(facilitator);
    expect((await visitor.get(feedPath(community.slug, 'rss', third.token!))).status).toBe(200);
    expect((await facilitator.client.send('DELETE', '/api/me/feed-token')).status).toBe(204);
    expect((await visitor.get(feedPath(community.slug, 'rss', third.token!))).status).toBe(404);
  });

  it('leaves out hidden posts and removed threads; a category or tag feed holds only its own threads', async () => {
    const { community, categories } = await forum({ publicReading: true, categories: ['General', 'Placements'] });
    const [general, placements] = [categories[0]!, categories[1]!];
    const kept = await startThread(facilitator, community.slug, general.slug, {
      title: 'Kept thread',
      tags: ['phonics'],
    });
    const hidden = await reply(member, kept, 'Names a pupil');
    expect(
      (
        await facilitator.client.send('POST', `/api/posts/${hidden.id}/moderation`, {
          action: 'hide',
          reason: 'Names a pupil',
        })
      ).status,
    ).toBe(200);
    const removed = await startThread(facilitator, community.slug, general.slug, { title: 'Removed thread' });
    expect((await facilitator.client.send('DELETE', `/api/threads/${removed}`)).status).toBeLessThan(300);
    await startThread(facilitator, community.slug, placements.slug, { title: 'Elsewhere thread' });

    const titles = async (path: string) => parseFeed(await (await visitor.get(path)).text()).items.map((i) => i.title);
    const base = `/api/feeds/communities/${community.slug}`;
    expect(await titles(`${base}/forum.rss`)).toEqual(['Elsewhere thread', 'Kept thread']);
    expect(await titles(`${base}/categories/${general.slug}.atom`)).toEqual(['Kept thread']);
    expect(await titles(`${base}/categories/${placements.slug}.rss`)).toEqual(['Elsewhere thread']);
    expect(await titles(`${base}/tags/phonics.rss`)).toEqual(['Kept thread']);
    expect(await titles(`${base}/tags/Phonics.atom`)).toEqual(['Kept thread']);
    expect((await visitor.get(`${base}/categories/no-such-category.rss`)).status).toBe(404);
  });

  it('never carries a sensitive thread: not its title, text or author', async () => {
    const { community, category } = await forum({ publicReading: true });
    const sensitive = await startThread(facilitator, community.slug, category.slug, {
      title: 'A pupil disclosed something',
      raw: 'Details only facilitators should see',
    });
    await env.dataSource.query('UPDATE discussion_threads SET sensitive = true WHERE id = $1', [sensitive]);
    await startThread(member, community.slug, category.slug, { title: 'An ordinary question' });
    const { token } = await newToken(facilitator);
    for (const path of [feedPath(community.slug), feedPath(community.slug, 'atom', token!)]) {
      const xml = await (await visitor.get(path)).text();
      expect(parseFeed(xml).items.map((i) => i.title)).toEqual(['An ordinary question']);
      expect(xml).not.toContain('disclosed');
      expect(xml).not.toContain('facilitators should see');
    }
  });

  it('keeps hostile text sanitized: no script, handler or script URL reaches a feed reader', async () => {
    const { community, category } = await forum({ publicReading: true });
    await startThread(facilitator, community.slug, category.slug, {
      title: '<script>alert(1)</script> & ]]> title',
      raw: '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) ]]> <b onmouseover=x>b</b>',
    });
    for (const format of ['rss', 'atom']) {
      const xml = await (await visitor.get(feedPath(community.slug, format))).text();
      const [item] = parseFeed(xml).items;
      const dom = parseDocument(item!.html);
      expect(DomUtils.getElementsByTagName('script', dom)).toEqual([]);
      for (const element of DomUtils.getElementsByTagName(() => true, dom)) {
        for (const [name, value] of Object.entries(element.attribs)) {
          expect(name).not.toMatch(/^on/i);
          expect(value).not.toMatch(/javascript:/i);
        }
      }
      // The title is text: escaped, so a reader that treats it as HTML shows it and runs nothing.
      expect(item!.title).toBe('&#60;script&#62;alert(1)&#60;/script&#62; &#38; ]]&#62; title');
    }
  });

  it('answers a revalidation with 304 (ETag or Last-Modified) until something new is posted, in two statements', async () => {
    const { community, category } = await forum({ publicReading: true });
    const threadId = await startThread(facilitator, community.slug, category.slug);
    const path = feedPath(community.slug);
    const first = await visitor.get(path);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect(Date.parse(lastModified)).not.toBeNaN();

    // The new thread's events (search, notices) are handled in this process too; let them finish
    // so the spy counts the feed's statements only.
    await settleBackgroundWork(env.app);
    const dataSource = env.app.app.get(DataSource);
    const query = jest.spyOn(dataSource, 'query');
    const again = await env.app.request(path, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(query).toHaveBeenCalledTimes(2);
    query.mockRestore();
    expect((await env.app.request(path, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);

    await reply(member, threadId, 'Something new');
    const changed = await env.app.request(path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('answers bad feed addresses with 400, and the private link needs a session', async () => {
    const { community } = await forum({ publicReading: true });
    for (const path of [
      `/api/feeds/communities/${community.slug}/forum.xml`,
      `/api/feeds/communities/${community.slug}/categories/general.txt`,
      `${feedPath(community.slug)}?token=short`,
    ])
      expect({ path, status: (await visitor.get(path)).status }).toEqual({ path, status: 400 });
    expect((await visitor.get('/api/me/feed-token')).status).toBe(401);
  });
});
