import { peopleSearchResultSchema, searchResultSchema } from '@commonroom/contracts';
import { misspell, uniqueWord } from './support/search-engine.contract';
import { buildAffiliation, buildPartnership } from './factories/community.factory';
import { buildForum, startThread } from './factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './support/people';
import { useAppAndDatabase } from './support/test-app';

/**
 * "Did you mean" offers only words the searcher may read (PostgreSQL engine). Each case puts a
 * made-up word where one person may read it and another may not, and types it misspelt: the
 * reader is offered the word, the outsider never is, through `/api/search` or `/api/people`.
 */
describe('search corrections come only from text the searcher may read', () => {
  const env = useAppAndDatabase();
  let outsider: SignedInPerson;

  type Route = '/api/search' | '/api/people';
  const correctionOf = async (who: SignedInPerson, route: Route, text: string): Promise<string | null> => {
    const response = await who.client.get(`${route}?q=${encodeURIComponent(text)}`);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    const result = route === '/api/search' ? searchResultSchema.parse(body) : peopleSearchResultSchema.parse(body);
    return result.correctedQuery;
  };
  /** Whether `who`, typing the word misspelt, is offered the word itself. */
  const offered = async (who: SignedInPerson, word: string, route: Route = '/api/search') =>
    ((await correctionOf(who, route, misspell(word))) ?? '').includes(word.toLowerCase());

  /** A forum thread titled with `word`, started by the community's facilitator; `reader` is a member. */
  const threadTitled = async (visibility: 'hidden' | 'invite_only' | 'request', word: string) => {
    const [author, reader] = [await signedInPerson(env.app), await signedInPerson(env.app)];
    const members = { [author.userId]: 'facilitator', [reader.userId]: 'member' } as const;
    const forum = await buildForum(env.dataSource, { visibility, members });
    await startThread(author, forum.community.slug, forum.category.slug, {
      title: `Notes on ${word} for the team`,
      raw: 'Kept among ourselves.',
    });
    return { forum, author, reader };
  };

  /** A partnership space with a forum, and a mentor of a partner school, a member through that affiliation. */
  const partnershipSpace = async () => {
    const space = await buildPartnership(env.dataSource);
    await env.dataSource.query(
      `INSERT INTO forum_categories (community_id, slug, name, position) VALUES ($1, 'general', 'General', 0)`,
      [space.community.id],
    );
    const mentor = await signedInPerson(env.app);
    const school = space.schools[0]!.id;
    const affiliation = await buildAffiliation(env.dataSource, { userId: mentor.userId, organisationId: school });
    return { ...space, mentor, affiliation };
  };

  beforeAll(async () => {
    outsider = await signedInPerson(env.app);
  });

  it("does not offer a word from a hidden community's thread title to an outsider", async () => {
    const word = uniqueWord('quokka');
    const { reader } = await threadTitled('hidden', word);
    expect(await offered(reader, word)).toBe(true);
    expect(await offered(outsider, word)).toBe(false);
  });

  it('does not offer a word from an invite-only or request-to-join thread title to someone outside it', async () => {
    for (const visibility of ['invite_only', 'request'] as const) {
      const word = uniqueWord('quokka');
      const { reader } = await threadTitled(visibility, word);
      expect([visibility, await offered(reader, word)]).toEqual([visibility, true]);
      expect([visibility, await offered(outsider, word)]).toEqual([visibility, false]);
    }
  });

  it('does not offer a word from a partnership space thread title to someone outside the partnership', async () => {
    const word = uniqueWord('quokka');
    const { community, mentor } = await partnershipSpace();
    await startThread(mentor, community.slug, 'general', { title: `${word} placements`, raw: 'For partners only.' });
    expect(await offered(mentor, word)).toBe(true);
    expect(await offered(outsider, word)).toBe(false);
  });

  it("does not offer a word from a hidden community's description, in global search or the people finder", async () => {
    const word = uniqueWord('quokka');
    const member = await signedInPerson(env.app);
    const { community } = await buildForum(env.dataSource, {
      visibility: 'hidden',
      members: { [member.userId]: 'member' },
    });
    await env.dataSource.query('UPDATE communities SET description = $2 WHERE id = $1', [
      community.id,
      `Where we plan the ${word} pilot`,
    ]);
    for (const route of ['/api/search', '/api/people'] as const) {
      expect([route, await offered(member, word, route)]).toEqual([route, true]);
      expect([route, await offered(outsider, word, route)]).toEqual([route, false]);
    }
  });

  it("stops offering a word from a former school's partnership space once the affiliation has ended", async () => {
    const word = uniqueWord('quokka');
    const { community, schools, mentor, affiliation } = await partnershipSpace();
    const colleague = await signedInPerson(env.app);
    await buildAffiliation(env.dataSource, { userId: colleague.userId, organisationId: schools[1]!.id });
    await startThread(mentor, community.slug, 'general', { title: `${word} moderation`, raw: 'For partners only.' });
    expect(await offered(mentor, word)).toBe(true);

    const ended = await mentor.client.send('POST', `/api/affiliations/${affiliation.id}/end`, {});
    expect(ended.status).toBe(200);
    expect(await offered(mentor, word)).toBe(false);
    expect(await offered(colleague, word)).toBe(true);
  });

  it('stops offering a word from a biography once its owner keeps the biography to themselves', async () => {
    const word = uniqueWord('quokka');
    const owner = await signedInPerson(env.app);
    const saved = await owner.client.send('PATCH', '/api/me/profile', { bio: `I run the ${word} reading club` });
    expect(saved.status).toBe(200);
    expect(await offered(outsider, word, '/api/people')).toBe(true);

    const hidden = await owner.client.send('PATCH', '/api/me/profile', { visibility: { bio: 'only_me' } });
    expect(hidden.status).toBe(200);
    for (const who of [outsider, owner]) {
      for (const route of ['/api/search', '/api/people'] as const) {
        expect([route, await offered(who, word, route)]).toEqual([route, false]);
      }
    }
  });

  it('treats a word only unreadable text holds as unknown, and corrects it only to a word the searcher may read', async () => {
    const hidden = uniqueWord('quokka');
    const readable = misspell(hidden);
    const { reader } = await threadTitled('hidden', hidden);
    const open = await buildForum(env.dataSource, { visibility: 'open', members: { [reader.userId]: 'member' } });
    await startThread(reader, open.community.slug, open.category.slug, {
      title: `Open notes on ${readable}`,
      raw: 'For everyone.',
    });

    // The reader typed a word they may read: nothing to correct.
    expect(await correctionOf(reader, '/api/search', hidden)).toBeNull();
    // The outsider typing the hidden word is answered as if it did not exist: corrected to the readable one.
    expect(await correctionOf(outsider, '/api/search', hidden)).toBe(readable.toLowerCase());
    expect(await correctionOf(outsider, '/api/search', readable)).toBeNull();
  });

  it('forgets the words of a thread title once the title changes or the thread is deleted', async () => {
    const [before, after] = [uniqueWord('quokka'), uniqueWord('quokka')];
    const { forum, author, reader } = await threadTitled('request', before);
    const threads: { id: string }[] = await env.dataSource.query(
      'SELECT id FROM discussion_threads WHERE community_id = $1',
      [forum.community.id],
    );
    const threadId = threads[0]!.id;
    const renamed = await author.client.send('PATCH', `/api/threads/${threadId}`, { title: `Notes on ${after}` });
    expect(renamed.status).toBe(200);
    expect(await offered(reader, before)).toBe(false);
    expect(await offered(reader, after)).toBe(true);

    expect((await author.client.send('DELETE', `/api/threads/${threadId}`)).status).toBe(204);
    expect(await offered(reader, after)).toBe(false);
  });
});
