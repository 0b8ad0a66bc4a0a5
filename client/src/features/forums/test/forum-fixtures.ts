import type { CategoryPage, ForumCategory, ForumIndex, ThreadDetail, ThreadSummary } from '@commonroom/contracts';
import { buildPerson } from '../../../test/post-fixtures';

/** Valid forum data (each passes its contract schema), changed by `overrides`. */

// Posts and people are the discussion engine's, shared with conversations' specs.
export { buildPerson, buildPost, buildPostPage } from '../../../test/post-fixtures';

export const COMMUNITY = {
  id: '6f1c1c52-0d44-4c1e-9f4e-1c2b3a4d5e6f',
  slug: 'maths-mentors',
  name: 'Maths Mentors East',
};

export function buildCategory(overrides: Partial<ForumCategory> = {}): ForumCategory {
  return {
    id: crypto.randomUUID(),
    slug: 'behaviour',
    name: 'Behaviour',
    description: 'Supporting trainees with behaviour in the classroom.',
    position: 0,
    threadCount: 4,
    postCount: 19,
    lastActivityAt: '2026-01-06T15:30:00.000Z',
    unreadThreads: 0,
    watchLevel: 'normal',
    ...overrides,
  };
}

type IndexOverrides = Partial<Omit<ForumIndex, 'abilities'>> & { abilities?: Partial<ForumIndex['abilities']> };

/** A member's view of the forum unless `abilities` say more. */
export function buildForumIndex(overrides: IndexOverrides = {}): ForumIndex {
  const { abilities, ...rest } = overrides;
  return {
    community: COMMUNITY,
    categories: [buildCategory()],
    openFlags: 0,
    streamSeq: 10,
    ...rest,
    abilities: { startThread: true, manageCategories: false, moderate: false, ...abilities },
  };
}

export function buildThreadSummary(overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  const author = buildPerson('Asha Patel');
  return {
    id: crypto.randomUUID(),
    title: 'Helping a trainee with a noisy Year 9 class',
    tags: [],
    author,
    postCount: 3,
    createdAt: '2026-01-05T09:00:00.000Z',
    lastPostAt: '2026-01-06T15:30:00.000Z',
    lastPoster: author,
    pinned: false,
    locked: false,
    answered: false,
    deleted: false,
    unreadCount: 0,
    ...overrides,
  };
}

export function buildCategoryPage(
  threads: ThreadSummary[],
  overrides: Partial<CategoryPage['threads']> & { category?: ForumCategory } = {},
): CategoryPage {
  const { category = buildCategory(), ...page } = overrides;
  return {
    community: COMMUNITY,
    category,
    categories: [{ id: category.id, slug: category.slug, name: category.name }],
    abilities: { startThread: true, manageCategories: false, moderate: false },
    threads: { items: threads, page: 1, pageSize: 25, total: threads.length, ...page },
  };
}

type ThreadOverrides = Partial<Omit<ThreadDetail, 'viewer'>> & {
  viewer?: Partial<Omit<ThreadDetail['viewer'], 'abilities'>> & {
    abilities?: Partial<ThreadDetail['viewer']['abilities']>;
  };
};

/** A thread as a member who has read none of it sees it. */
export function buildThreadDetail(overrides: ThreadOverrides = {}): ThreadDetail {
  const { viewer, ...rest } = overrides;
  const category = buildCategory();
  return {
    ...buildThreadSummary(),
    community: COMMUNITY,
    category: { id: category.id, slug: category.slug, name: category.name },
    acceptedPostId: null,
    streamSeq: 40,
    ...rest,
    viewer: {
      lastReadNumber: 0,
      watchLevel: 'watching',
      ...viewer,
      abilities: {
        reply: true,
        react: true,
        flag: true,
        moderate: false,
        acceptAnswer: false,
        editThread: false,
        ...viewer?.abilities,
      },
    },
  };
}
