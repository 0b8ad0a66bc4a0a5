import { CachingSearchEngine } from './caching-search-engine';
import type { ContentSearchRequest, PeopleSearchHits, PeopleSearchRequest, SearchEngine } from './search-engine';

/** A stand-in engine that counts its calls: this spec tests the cache, not an engine. */
function countingEngine() {
  const calls = { people: 0, content: 0, sync: 0 };
  const engine: SearchEngine = {
    name: 'postgres',
    people: async () =>
      ({
        hits: [{ userId: `u${++calls.people}`, highlight: null }],
        total: 1,
        facets: {},
        correctedText: null,
      }) satisfies PeopleSearchHits,
    content: async () => ({
      hits: [],
      total: ++calls.content,
      totalIsLowerBound: false,
      facets: { type: {}, community: {}, date: {} },
      correctedText: null,
    }),
    suggest: async () => ({ people: [], organisations: [], communities: [], threads: [] }),
    sync: async () => void calls.sync++,
    reindex: async () => ({ person: 0, organisation: 0, community: 0, forum_post: 0 }),
  };
  return { engine, calls };
}

const people = (text: string, forum: string[] = ['a']): PeopleSearchRequest => ({
  text,
  readableCommunityIds: { forum },
  visibleCommunityIds: forum,
  filters: {},
  offset: 0,
  limit: 20,
});
const content = (forum: string[]): ContentSearchRequest => ({
  text: 'mentor',
  readableCommunityIds: { forum },
  visibleCommunityIds: forum,
  offset: 0,
  limit: 20,
});

describe('CachingSearchEngine', () => {
  it('answers an identical search from memory and a different one from the engine', async () => {
    const { engine, calls } = countingEngine();
    const cached = new CachingSearchEngine(engine, 30);
    const first = await cached.people(people('physics'));
    await expect(cached.people(people('physics'))).resolves.toBe(first);
    await cached.people(people('chemistry'));
    await cached.people({ ...people('physics'), filters: { phase: ['secondary'] } });
    expect(calls.people).toBe(3);
  });

  it('never shares an answer between searchers who may read different communities, whatever the order of ids', async () => {
    const { engine, calls } = countingEngine();
    const cached = new CachingSearchEngine(engine, 30);
    await cached.content(content(['a', 'b']));
    await cached.content(content(['b', 'a']));
    expect(calls.content).toBe(1);
    const wider = await cached.content(content(['a', 'b', 'hidden']));
    expect(wider.total).toBe(2);
    expect(calls.content).toBe(2);
  });

  it('never shares a people answer between searchers who may read different communities', async () => {
    // The correction it reports may name only words the searcher may read.
    const { engine, calls } = countingEngine();
    const cached = new CachingSearchEngine(engine, 30);
    await cached.people(people('quokka', ['a', 'b']));
    await cached.people(people('quokka', ['b', 'a']));
    expect(calls.people).toBe(1);
    await cached.people(people('quokka', ['a', 'b', 'hidden']));
    expect(calls.people).toBe(2);
  });

  it('forgets everything when documents change and when the time to live passes', async () => {
    const { engine, calls } = countingEngine();
    const cached = new CachingSearchEngine(engine, 1);
    await cached.people(people('physics'));
    await cached.sync({ person: ['u1'] });
    expect(calls.sync).toBe(1);
    await cached.people(people('physics'));
    expect(calls.people).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await cached.people(people('physics'));
    expect(calls.people).toBe(3);
  });
});
