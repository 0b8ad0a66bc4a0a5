import { peopleSearchResultSchema, searchResultSchema, suggestionsSchema } from '@commonroom/contracts';
import { misspell, personWithProfile, uniqueWord } from './support/search-engine.contract';
import { buildForum, startThread } from './factories/forum.factory';
import { BrowserLikeClient } from './support/browser-like-client';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

/** The people finder, global search and suggestions over HTTP, as a signed-in member uses them. */
describe('search over HTTP', () => {
  const env = useAppAndDatabase();
  const surname = uniqueWord('Mor');
  const topic = uniqueWord('tp');
  const secret = uniqueWord('sc');
  const postWord = uniqueWord('pw');
  const titleWord = uniqueWord('Tw');
  let searcher: SignedInPerson;
  let member: SignedInPerson;
  const people: Record<string, SignedInPerson> = {};
  let hiddenSlug: string;
  let hiddenName: string;

  const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as unknown });
  const findPeople = async (who: SignedInPerson, query: string) =>
    peopleSearchResultSchema.parse((await json(await who.client.get(`/api/people?${query}`))).body);
  const search = async (who: SignedInPerson, query: string) =>
    searchResultSchema.parse((await json(await who.client.get(`/api/search?${query}`))).body);
  const suggest = async (who: SignedInPerson, q: string) =>
    suggestionsSchema.parse((await json(await who.client.get(`/api/search/suggest?q=${encodeURIComponent(q)}`))).body);

  beforeAll(async () => {
    const { app, dataSource } = env;
    searcher = await signedInPerson(app);
    member = await signedInPerson(app);
    people.exact = await personWithProfile(app, dataSource, {
      displayName: `Noor ${surname}`,
      headline: `Physics mentor, ${topic}`,
      subjects: ['physics'],
    });
    people.similar = await personWithProfile(app, dataSource, {
      displayName: `Noorah ${surname}ley`,
      headline: `Chemistry mentor, ${topic}`,
      subjects: ['chemistry'],
    });
    // Subjects kept to their communities and a bio kept to themselves: never matched, never counted.
    people.private = await personWithProfile(app, dataSource, {
      headline: `Music lead, ${topic}`,
      bio: `My ${secret} notes`,
      subjects: ['music'],
      visibility: { subjects: 'communities', bio: 'only_me' },
    });

    const author = await signedInPerson(app);
    const open = await buildForum(dataSource, { visibility: 'open', members: { [author.userId]: 'member' } });
    const hidden = await buildForum(dataSource, {
      visibility: 'hidden',
      members: { [author.userId]: 'member', [member.userId]: 'member' },
    });
    hiddenSlug = hidden.community.slug;
    hiddenName = hidden.community.name;
    await startThread(author, open.community.slug, open.category.slug, {
      title: `Open thread on ${postWord}`,
      raw: `Everyone may read about ${postWord}.`,
    });
    await startThread(author, hidden.community.slug, hidden.category.slug, {
      title: `${titleWord} in private`,
      raw: `Only members read about ${postWord}.`,
    });
    const moderated = await startThread(author, open.community.slug, open.category.slug, {
      title: 'Something else entirely',
      raw: `A hidden ${postWord} post.`,
    });
    await dataSource.query('UPDATE discussion_posts SET hidden_at = now() WHERE thread_id = $1', [moderated]);
  });

  it('answers 401 to anyone not signed in', async () => {
    const visitor = new BrowserLikeClient(env.app);
    for (const path of [`/api/people?q=${topic}`, `/api/search?q=${topic}`, `/api/search/suggest?q=${topic}`]) {
      expect((await visitor.get(path)).status).toBe(401);
    }
  });

  it('rejects malformed queries with validation_failed', async () => {
    for (const path of [
      '/api/search',
      '/api/people?subject=astrology',
      '/api/people?pageSize=500',
      '/api/search?q=x&type=wiki_page',
      '/api/search/suggest?q=',
    ]) {
      const { status, body } = await json(await searcher.client.get(path));
      expect([path, status, (body as { error?: { code?: string } }).error?.code]).toEqual([
        path,
        400,
        'validation_failed',
      ]);
    }
  });

  it('finds people by exact name first, by misspelt name too, with labelled facets', async () => {
    const exact = await findPeople(searcher, `q=${encodeURIComponent(`Noor ${surname}`)}`);
    expect(exact.items[0]?.userId).toBe(people.exact!.userId);
    expect(exact.items.map((p) => p.userId)).toContain(people.similar!.userId);

    const misspelt = await findPeople(searcher, `q=${encodeURIComponent(`Noor ${misspell(surname)}`)}`);
    expect(misspelt.items.map((p) => p.userId)).toContain(people.exact!.userId);

    const byTopic = await findPeople(searcher, `q=${topic}&subject=physics`);
    expect(byTopic.items.map((p) => p.userId)).toEqual([people.exact!.userId]);
    expect(byTopic.items[0]?.highlight).toMatch(new RegExp(`<mark>${topic}</mark>`, 'i'));
    expect(byTopic.facets.subject).toEqual(
      expect.arrayContaining([
        { value: 'physics', label: 'Physics', count: 1 },
        { value: 'chemistry', label: 'Chemistry', count: 1 },
      ]),
    );
  });

  it('never matches or counts a field its owner keeps from members, nor shows it on the card', async () => {
    expect((await findPeople(searcher, `q=${secret}`)).total).toBe(0);
    const byTopic = await findPeople(searcher, `q=${topic}`);
    expect(byTopic.total).toBe(3);
    expect(byTopic.facets.subject.map((v) => v.value)).not.toContain('music');
    const card = byTopic.items.find((p) => p.userId === people.private!.userId);
    expect(card?.subjects).toBeUndefined();
    expect((await findPeople(searcher, `q=${topic}&subject=music`)).total).toBe(0);
  });

  it('puts the best people first in global search, then content', async () => {
    const result = await search(searcher, `q=${encodeURIComponent(`Noor ${surname}`)}`);
    expect(result.items[0]).toMatchObject({ type: 'person', person: { userId: people.exact!.userId } });
    expect(result.facets.type.find((t) => t.value === 'person')?.count).toBeGreaterThanOrEqual(2);
  });

  it('keeps hidden-community content and hidden posts out of results and counts', async () => {
    const result = await search(searcher, `q=${postWord}`);
    expect(result.items.map((i) => (i.type === 'forum_post' ? i.post.threadTitle : i.type))).toEqual([
      `Open thread on ${postWord}`,
    ]);
    expect(result.total).toBe(1);
    expect(result.facets.type).toEqual([{ value: 'forum_post', label: 'Forum posts', count: 1 }]);
    expect(result.facets.community.map((c) => c.value)).not.toContain(hiddenSlug);
    expect((await json(await searcher.client.get(`/api/search?q=${postWord}&community=${hiddenSlug}`))).status).toBe(
      404,
    );

    const asMember = await search(member, `q=${postWord}`);
    expect(asMember.total).toBe(2);
    expect(asMember.facets.community.map((c) => c.value)).toContain(hiddenSlug);
  });

  it('suggests only what the searcher may see', async () => {
    const outsider = await suggest(searcher, titleWord);
    expect(outsider.threads).toEqual([]);
    expect((await suggest(searcher, hiddenName)).communities.map((c) => c.slug)).not.toContain(hiddenSlug);

    const insider = await suggest(member, titleWord.slice(0, 6));
    expect(insider.threads.map((t) => t.title)).toEqual([`${titleWord} in private`]);
    expect((await suggest(member, hiddenName)).communities.map((c) => c.slug)).toContain(hiddenSlug);

    const names = await suggest(searcher, `Noor ${surname}`);
    expect(names.people[0]).toMatchObject({ userId: people.exact!.userId, displayName: `Noor ${surname}` });
  });
});
