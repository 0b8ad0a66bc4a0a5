import { peopleSearchResultSchema } from '@commonroom/contracts';
import { uniqueWord } from './support/search-engine.contract';
import { signedInPerson } from './support/people';
import { eventually } from './support/realtime';
import { useAppAndDatabase } from './support/test-app';

/**
 * With the answer cache on (as in production), a change still reaches search promptly: the
 * outbox event that refreshes the search document also empties this node's cache.
 */
describe('search answer cache', () => {
  const env = useAppAndDatabase({ SEARCH_CACHE_SECONDS: '300' });

  it('shows a profile change in the next search once its event is delivered, not after the time to live', async () => {
    const word = uniqueWord('cache');
    const searcher = await signedInPerson(env.app);
    const person = await signedInPerson(env.app);
    const find = async () =>
      peopleSearchResultSchema.parse(await (await searcher.client.get(`/api/people?q=${word}`)).json());

    expect((await find()).total).toBe(0);
    expect((await find()).total).toBe(0); // now cached

    const saved = await person.client.send('PATCH', '/api/me/profile', {
      headline: `Physics mentor and ${word} enthusiast`,
    });
    expect(saved.status).toBe(200);
    await eventually(async () => expect((await find()).items.map((i) => i.userId)).toEqual([person.userId]));
  });
});
