import type { PersonRef, Post, PostPage } from '@commonroom/contracts';

/** Valid discussion posts and pages (each passes its contract schema), for forum and conversation specs. */

export function buildPerson(displayName: string): PersonRef {
  return { id: crypto.randomUUID(), displayName };
}

export function buildPost(thread: { id: string }, number: number, overrides: Partial<Post> = {}): Post {
  return {
    id: crypto.randomUUID(),
    threadId: thread.id,
    number,
    author: buildPerson('Asha Patel'),
    html: `<p>Post number ${number}.</p>`,
    state: 'visible',
    replyTo: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    editedAt: null,
    revision: 1,
    reactions: [],
    hiddenReason: null,
    flaggedByMe: false,
    ...overrides,
  };
}

export function buildPostPage(items: Post[], overrides: Partial<PostPage> = {}): PostPage {
  return {
    items,
    page: 1,
    pageSize: 20,
    total: items.length,
    pageCount: Math.max(1, Math.ceil(items.length / 20)),
    ...overrides,
  };
}
