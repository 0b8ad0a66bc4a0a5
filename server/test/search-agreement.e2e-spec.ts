import { SEARCH_PAGE_SIZE, searchResultSchema, suggestionsSchema, type SearchResult } from '@commonroom/contracts';
import { personWithProfile, uniqueWord } from './support/search-engine.contract';
import { buildForum, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

/** The word with two neighbouring letters swapped, the commonest typing slip ("phsyics"). */
function swapLetters(word: string): string {
  let at = Math.floor(word.length / 2);
  while (word[at] === word[at + 1]) at++;
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/**
 * Suggestions and the results page agree: what is suggested for some words is found by searching
 * for them, the count is what paging reaches, and a misspelt query finds what the corrected one
 * does, saying so. All within what the searcher may read.
 */
describe('search agrees with itself', () => {
  const env = useAppAndDatabase();
  const tag = uniqueWord('tg');
  const titleWord = uniqueWord('ti');
  const hiddenWord = uniqueWord('hd');
  const pageWord = uniqueWord('pg');
  const POSTS = 23;
  let searcher: SignedInPerson;
  let member: SignedInPerson;
  let openThread: string;
  let hiddenThread: string;

  const search = async (who: SignedInPerson, query: Record<string, string>) => {
    const response = await who.client.get(`/api/search?${new URLSearchParams(query).toString()}`);
    expect(response.status).toBe(200);
    return searchResultSchema.parse(await response.json());
  };
  const suggestedThreads = async (who: SignedInPerson, q: string) => {
    const response = await who.client.get(`/api/search/suggest?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    return suggestionsSchema.parse(await response.json()).threads.map((t) => t.threadId);
  };
  /** Every page of a search, as the pager walks it: the items in order and each page's answer. */
  const allPages = async (who: SignedInPerson, query: Record<string, string>) => {
    const first = await search(who, query);
    const pages: SearchResult[] = [first];
    for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++)
      pages.push(await search(who, { ...query, page: String(page) }));
    return { first, pages, items: pages.flatMap((p) => p.items) };
  };
  const threadsFound = async (who: SignedInPerson, q: string) =>
    (await allPages(who, { q, type: 'forum_post' })).items.flatMap((i) =>
      i.type === 'forum_post' ? [i.post.threadId] : [],
    );

  beforeAll(async () => {
    const { app, dataSource } = env;
    searcher = await signedInPerson(app);
    member = await signedInPerson(app);
    const author = await signedInPerson(app);
    const open = await buildForum(dataSource, { visibility: 'open', members: { [author.userId]: 'facilitator' } });
    const hidden = await buildForum(dataSource, {
      visibility: 'hidden',
      members: { [author.userId]: 'facilitator', [member.userId]: 'member' },
    });
    // The tag is indexed as typed and the title stemmed: suggestions once found the tag, the results page did not.
    openThread = await startThread(author, open.community.slug, open.category.slug, {
      title: `Notes on ${titleWord} practicals`,
      raw: 'What works with trainees?',
      tags: [tag],
    });
    hiddenThread = await startThread(author, hidden.community.slug, hidden.category.slug, {
      title: `Minutes of the ${hiddenWord} group`,
      raw: 'Members only.',
      tags: [tag],
    });
    for (let i = 0; i < POSTS; i++)
      await startThread(author, open.community.slug, open.category.slug, { raw: `Week ${i}: ${pageWord} planning.` });
    for (let i = 0; i < 4; i++) await personWithProfile(app, dataSource, { headline: `${pageWord} lead ${i}` });
  });

  it('finds on the results page every thread it suggests for the same words', async () => {
    for (const words of [tag, titleWord.slice(0, 6), swapLetters(titleWord)]) {
      const suggested = await suggestedThreads(searcher, words);
      expect(suggested).toEqual([openThread]);
      expect(await threadsFound(searcher, words)).toEqual(expect.arrayContaining(suggested));
    }
  });

  it('counts exactly what paging reaches, people first and then content, with nothing repeated', async () => {
    const { first, pages, items } = await allPages(searcher, { q: pageWord });
    // The best three people lead "All"; the fourth is under the People type, not counted here.
    expect(first.total).toBe(3 + POSTS);
    expect(pages).toHaveLength(2);
    expect(pages.map((p) => p.items.length)).toEqual([SEARCH_PAGE_SIZE, 3 + POSTS - SEARCH_PAGE_SIZE]);
    expect(items.slice(0, 3).map((i) => i.type)).toEqual(['person', 'person', 'person']);
    const postIds = items.flatMap((i) => (i.type === 'forum_post' ? [i.post.id] : []));
    expect(new Set(postIds).size).toBe(POSTS);
    expect(first.facets.type).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'person', count: 4 })]));

    const people = await allPages(searcher, { q: pageWord, type: 'person' });
    expect(people.first.total).toBe(4);
    expect(people.items).toHaveLength(4);
  });

  it('finds what the corrected words find, says which words it searched for, and searches as typed when asked', async () => {
    const misspelt = swapLetters(titleWord);
    const corrected = await search(searcher, { q: misspelt });
    expect(corrected.correctedQuery).toBe(titleWord.toLowerCase());
    expect(corrected.items.flatMap((i) => (i.type === 'forum_post' ? [i.post.threadId] : []))).toEqual([openThread]);

    const asTyped = await search(searcher, { q: misspelt, exact: 'true' });
    expect(asTyped.correctedQuery).toBeNull();
    expect(asTyped.total).toBe(0);
  });

  it('never suggests, counts or corrects towards a thread the searcher may not read', async () => {
    expect(await suggestedThreads(searcher, tag)).not.toContain(hiddenThread);
    const outside = await search(searcher, { q: tag, type: 'forum_post' });
    expect(outside.total).toBe(1);
    const misspelt = swapLetters(hiddenWord);
    const outsideTypo = await search(searcher, { q: misspelt });
    expect(outsideTypo.correctedQuery).toBeNull();
    expect(outsideTypo.total).toBe(0);
    expect(await suggestedThreads(searcher, misspelt)).toEqual([]);

    // A member of the hidden community finds both, and the misspelt title word.
    expect((await search(member, { q: tag, type: 'forum_post' })).total).toBe(2);
    expect(await suggestedThreads(member, misspelt)).toEqual([hiddenThread]);
    const insideTypo = await search(member, { q: misspelt });
    expect(insideTypo.correctedQuery).toBe(hiddenWord.toLowerCase());
    expect(insideTypo.items.flatMap((i) => (i.type === 'forum_post' ? [i.post.threadId] : []))).toEqual([hiddenThread]);
  });
});
