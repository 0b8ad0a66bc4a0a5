/**
 * The behaviour every SearchEngine adapter must have, as one Jest suite both adapters run.
 *
 *   describeSearchEngineContract('PostgreSQL', (_dataSource, app) => app.app.get(PostgresSearchEngine));
 *   describeSearchEngineContract('Meilisearch', (dataSource) =>
 *     new MeilisearchSearchEngine({ url }, new SearchDocumentSource(dataSource)));
 *
 * `makeEngine` gets a data source on the test database and the running application (for engines
 * the application builds); it may be async.
 *
 * The suite starts the real application (so factories, the profiles module and the engine share
 * one database), seeds its own people, communities and posts with words unique to this run (the
 * worker database is shared with other test files), calls `engine.reindex()` (nothing to rebuild
 * for PostgreSQL, a full rebuild for Meilisearch) and then queries the engine directly. `env` is
 * passed to the application, e.g. a Meilisearch URL.
 */
import { randomInt } from 'node:crypto';
import type { FieldVisibility, Phase, Subject } from '@commonroom/contracts';
import type { DataSource } from 'typeorm';
import { buildForum, startThread } from '../factories/forum.factory';
import { signedInPerson, type SignedInPerson } from './people';
import { useAppAndDatabase, type TestApp } from './test-app';
import { PeopleSearchDocuments } from '../../src/modules/profiles';
import type {
  ContentSearchRequest,
  PeopleSearchRequest,
  SearchEngine,
  SearchScope,
} from '../../src/modules/search/search-engine';

/** A made-up word of letters only, unlike anything else in the database (trigrams of random letters rarely collide). */
export function uniqueWord(prefix = 'qx'): string {
  return prefix + Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

/** The word with one letter in the middle changed: a typo trigram similarity should still see through. */
export function misspell(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1);
}

export interface ProfileSeed {
  displayName?: string;
  headline?: string;
  bio?: string;
  subjects?: Subject[];
  phases?: Phase[];
  visibility?: Record<string, FieldVisibility>;
}

/** A signed-in person whose profile says these things, with their search document computed as the app does. */
export async function personWithProfile(
  app: TestApp,
  dataSource: DataSource,
  seed: ProfileSeed,
): Promise<SignedInPerson> {
  const person = await signedInPerson(app, { displayName: seed.displayName });
  await dataSource.query(
    'UPDATE profiles SET headline = $2, bio = $3, subjects = $4, phases = $5, visibility = $6 WHERE user_id = $1',
    [
      person.userId,
      seed.headline ?? null,
      seed.bio ?? null,
      seed.subjects ?? [],
      seed.phases ?? [],
      seed.visibility ?? {},
    ],
  );
  await app.app.get(PeopleSearchDocuments).refresh(dataSource.manager, [person.userId]);
  return person;
}

/** The first post of a thread started through the API. */
async function openingPost(dataSource: DataSource, threadId: string): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(
    'SELECT id FROM discussion_posts WHERE thread_id = $1 AND number = 1',
    [threadId],
  );
  return rows[0]!.id;
}

export type MakeEngine = (dataSource: DataSource, app: TestApp) => SearchEngine | Promise<SearchEngine>;

export function describeSearchEngineContract(
  label: string,
  makeEngine: MakeEngine,
  env: Record<string, string> = {},
): void {
  describe(`SearchEngine contract: ${label}`, () => {
    const context = useAppAndDatabase(env);
    let sut: SearchEngine;
    const surname = uniqueWord('Vel');
    const topic = uniqueWord('tk');
    const typoWord = uniqueWord('zw');
    const postWord = uniqueWord('pw');
    const hiddenTitleWord = uniqueWord('hw');
    const tagWord = uniqueWord('tg');
    const titleWord = uniqueWord('ti');
    let taggedThread: string;
    const people: Record<string, SignedInPerson> = {};
    const posts: Record<string, string> = {};
    let openForum: Awaited<ReturnType<typeof buildForum>>;
    let hiddenForum: Awaited<ReturnType<typeof buildForum>>;

    /** What a signed-in member of neither forum may read: the open forum only. */
    const outsider = (): SearchScope => ({
      readableCommunityIds: { forum: [openForum.community.id] },
      visibleCommunityIds: [openForum.community.id],
    });
    /** What a member of the hidden forum may read as well. */
    const insider = (): SearchScope => ({
      readableCommunityIds: { forum: [openForum.community.id, hiddenForum.community.id] },
      visibleCommunityIds: [openForum.community.id, hiddenForum.community.id],
    });
    type Filters = PeopleSearchRequest['filters'];
    const peopleRequest = (text: string, filters: Filters = {}, scope = outsider()): PeopleSearchRequest => ({
      text,
      ...scope,
      filters,
      offset: 0,
      limit: 20,
    });
    const contentRequest = (text: string, overrides: Partial<ContentSearchRequest> = {}): ContentSearchRequest => ({
      text,
      ...outsider(),
      offset: 0,
      limit: 20,
      ...overrides,
    });

    beforeAll(async () => {
      const { app, dataSource } = context;
      sut = await makeEngine(dataSource, app);
      const seed = (key: string, profile: ProfileSeed) =>
        personWithProfile(app, dataSource, profile).then((p) => (people[key] = p));
      await seed('exact', { displayName: `Ada ${surname}`, headline: `Mentor at ${topic} school` });
      await seed('longer', { displayName: `Adaline ${surname}son`, headline: 'Head of science' });
      await seed('mentions', {
        displayName: `Bea ${uniqueWord('Other')}`,
        bio: `I co-plan with Ada ${surname} every week`,
      });
      await seed('physicsSecondary', {
        headline: `${topic} physics lead`,
        subjects: ['physics'],
        phases: ['secondary'],
      });
      await seed('physicsPrimary', { headline: `${topic} science lead`, subjects: ['physics'], phases: ['primary'] });
      await seed('chemistrySecondary', {
        headline: `${topic} chemistry lead`,
        subjects: ['chemistry'],
        phases: ['secondary'],
      });
      await seed('typo', { headline: `Runs the ${typoWord} programme` });
      await seed('script', { headline: `<script>alert(1)</script> ${topic} when 1 < 2 <b>bold</b>` });

      // A facilitator of both: seven threads in a row is past a member's posting limit.
      const author = await signedInPerson(app);
      openForum = await buildForum(dataSource, { visibility: 'open', members: { [author.userId]: 'facilitator' } });
      hiddenForum = await buildForum(dataSource, { visibility: 'hidden', members: { [author.userId]: 'facilitator' } });
      const post = async (key: string, forum: typeof openForum, raw: string) => {
        posts[key] = await openingPost(
          dataSource,
          await startThread(author, forum.community.slug, forum.category.slug, {
            title: `A thread about ${key} things`,
            raw,
          }),
        );
      };
      await post('open', openForum, `We discussed ${postWord} at length.`);
      await post('hiddenCommunity', hiddenForum, `Secret ${postWord} plans.`);
      await post('hiddenPost', openForum, `Moderated ${postWord} post.`);
      await post('deletedPost', openForum, `Deleted ${postWord} post.`);
      await post('deletedThread', openForum, `In a deleted thread: ${postWord}.`);
      await post(
        'script',
        openForum,
        `<script>alert("x")</script> ${topic} when 1 < 2 & "quoted" <img src=x onerror=alert(1)>`,
      );
      await startThread(author, hiddenForum.community.slug, hiddenForum.category.slug, {
        title: `Minutes of the ${hiddenTitleWord} group`,
        raw: 'Members only.',
        tags: [tagWord],
      });
      taggedThread = await startThread(author, openForum.community.slug, openForum.category.slug, {
        title: `Notes on ${titleWord} practicals`,
        raw: 'What works with trainees?',
        tags: [tagWord],
      });
      await dataSource.query('UPDATE discussion_posts SET hidden_at = now() WHERE id = $1', [posts.hiddenPost]);
      await dataSource.query('UPDATE discussion_posts SET deleted_at = now() WHERE id = $1', [posts.deletedPost]);
      await dataSource.query(
        'UPDATE discussion_threads SET deleted_at = now() WHERE id = (SELECT thread_id FROM discussion_posts WHERE id = $1)',
        [posts.deletedThread],
      );
      await sut.reindex();
    });

    const ids = (hits: { userId: string }[]) => hits.map((h) => h.userId);

    it('ranks the person whose name is exactly the query first', async () => {
      const found = await sut.people(peopleRequest(`Ada ${surname}`));
      expect(found.hits[0]?.userId).toBe(people.exact!.userId);
      expect(ids(found.hits)).toContain(people.longer!.userId);
    });

    it('finds a person whose surname is misspelt', async () => {
      const found = await sut.people(peopleRequest(`Ada ${misspell(surname)}`));
      expect(ids(found.hits)).toContain(people.exact!.userId);
    });

    it('finds a misspelt free-text word, reporting any correction it made', async () => {
      const found = await sut.people(peopleRequest(misspell(typoWord)));
      expect(ids(found.hits)).toEqual([people.typo!.userId]);
      // PostgreSQL corrects the word against its lexicon and says so; Meilisearch's own typo
      // tolerance matches without rewriting the query, so it has no correction to report.
      if (sut.name === 'postgres') expect(found.correctedText).toContain(typoWord.toLowerCase());
      else expect(found.correctedText).toBeNull();
    });

    it('counts facet values over the matches', async () => {
      const found = await sut.people(peopleRequest(topic));
      expect(found.total).toBe(5);
      expect(found.facets.subject).toEqual({ physics: 2, chemistry: 1 });
      expect(found.facets.phase).toEqual({ secondary: 2, primary: 1 });
    });

    it('counts each facet without its own selection (disjunctive) and the others with theirs', async () => {
      const found = await sut.people(peopleRequest(topic, { subject: ['physics'] }));
      expect(found.total).toBe(2);
      expect(found.facets.subject).toEqual({ physics: 2, chemistry: 1 });
      expect(found.facets.phase).toEqual({ secondary: 1, primary: 1 });
    });

    it('ORs values within a facet and ANDs facets together', async () => {
      const either = await sut.people(peopleRequest(topic, { subject: ['physics', 'chemistry'] }));
      expect(either.total).toBe(3);
      const both = await sut.people(peopleRequest(topic, { subject: ['physics'], phase: ['secondary'] }));
      expect(ids(both.hits)).toEqual([people.physicsSecondary!.userId]);
      expect(both.total).toBe(1);
    });

    it('never returns or counts a post in a community the searcher may not read', async () => {
      const found = await sut.content(contentRequest(postWord));
      expect(found.hits.map((h) => h.id)).toEqual([posts.open]);
      expect(found.total).toBe(1);
      expect(found.facets.type.forum_post).toBe(1);
      expect(Object.keys(found.facets.community)).toEqual([openForum.community.id]);
    });

    it('never finds, or offers as a correction, a misspelt word that only text the searcher may not read holds', async () => {
      const misspelt = misspell(hiddenTitleWord);
      const offered = (hits: { correctedText: string | null }) => (hits.correctedText ?? '').includes(hiddenTitleWord);
      const outside = await sut.content(contentRequest(misspelt));
      expect(outside.total).toBe(0);
      expect(offered(outside)).toBe(false);
      expect(offered(await sut.people(peopleRequest(misspelt)))).toBe(false);

      // A member finds the thread by its misspelt title; PostgreSQL also says which word it searched for.
      const inside = await sut.content(contentRequest(misspelt, insider()));
      expect(inside.total).toBe(1);
      expect(offered(inside)).toBe(sut.name === 'postgres');
      expect(offered(await sut.people(peopleRequest(misspelt, {}, insider())))).toBe(sut.name === 'postgres');
    });

    it('finds as content every thread it suggests for the same words: a tag, a word begun, a word misspelt', async () => {
      const threadOf = async (postIds: string[]) =>
        (
          (await context.dataSource.query('SELECT thread_id FROM discussion_posts WHERE id = ANY($1::uuid[])', [
            postIds,
          ])) as { thread_id: string }[]
        ).map((r) => r.thread_id);
      for (const text of [tagWord, titleWord.slice(0, 7), misspell(titleWord)]) {
        const suggested = await sut.suggest({ text, ...outsider(), limitPerKind: 5 });
        expect(suggested.threads).toEqual([taggedThread]);
        const found = await sut.content(contentRequest(text, { types: ['forum_post'] }));
        expect(await threadOf(found.hits.map((h) => h.id))).toEqual(expect.arrayContaining(suggested.threads));
      }
    });

    it('finds a post in a hidden community only for someone who may read it', async () => {
      const found = await sut.content(
        contentRequest(postWord, {
          readableCommunityIds: { forum: [openForum.community.id, hiddenForum.community.id] },
        }),
      );
      expect(found.hits.map((h) => h.id).sort()).toEqual([posts.open, posts.hiddenCommunity].sort());
    });

    it('leaves out hidden and deleted posts and posts of deleted threads', async () => {
      const found = await sut.content(contentRequest(postWord));
      const hitIds = found.hits.map((h) => h.id);
      for (const gone of [posts.hiddenPost, posts.deletedPost, posts.deletedThread]) expect(hitIds).not.toContain(gone);
    });

    it('escapes text in highlights and marks only the matching words', async () => {
      const [post] = (await sut.content(contentRequest(topic, { types: ['forum_post'] }))).hits;
      expect(post?.id).toBe(posts.script);
      expect(post?.highlight).toMatch(new RegExp(`<mark>${topic}</mark>`, 'i'));
      expect(post?.highlight).toContain('1 &lt; 2');
      // Whatever of the markup the snippet keeps, none of it is markup any more.
      expect(post?.highlight?.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);

      const person = (await sut.people(peopleRequest(topic))).hits.find((h) => h.userId === people.script!.userId);
      expect(person?.highlight).toMatch(new RegExp(`<mark>${topic}</mark>`, 'i'));
      expect(person?.highlight).toContain('1 &lt; 2');
      expect(person?.highlight?.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });
  });
}
