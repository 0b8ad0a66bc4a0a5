import type { Post } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildMemberView } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildPerson, buildPost, buildPostPage, buildThreadDetail } from '../test/forum-fixtures';

const viewer = buildUser({ displayName: 'Sam Mentor' });
const thread = buildThreadDetail({ title: 'A noisy Year 9 class', tags: ['year 9'], postCount: 3 });
const THREAD = `/api/threads/${thread.id}`;
const opening = buildPost(thread, 1, { html: '<p>My trainee struggles with a noisy Year 9 class.</p>' });
const answer = buildPost(thread, 2, {
  author: buildPerson('Jo Tutor'),
  html: '<p>Try a seating plan.</p>',
  reactions: [{ reaction: 'agree', count: 1, mine: false, people: [buildPerson('Priya Shah')] }],
});
const follow = buildPost(thread, 3, { html: '<p>Thank you, I will.</p>' });

function serve(posts: Post[] = [opening, answer, follow], extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
    '/api/communities/maths-mentors': () => jsonResponse(buildMemberView()),
    [THREAD]: () => jsonResponse(thread),
    [`${THREAD}/posts`]: () => jsonResponse(buildPostPage(posts)),
    [`PUT ${THREAD}/read`]: () => emptyResponse(204),
    [`/api/me/drafts/reply:${thread.id}`]: () => jsonResponse({ draft: null }),
    ...extra,
  });
}

const article = (number: number) => document.getElementById(`post-${number}`) as HTMLElement;

/** Makes the page taller than the window, so the reader (at the top) is not at the bottom. */
function readerScrolledUp() {
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 5000 });
  return () => Reflect.deleteProperty(document.documentElement, 'scrollHeight');
}

describe('Forum thread', () => {
  const server = useRealtimeServer();

  it('shows the posts under the thread’s title, marks them read, and toggles a reaction', async () => {
    const { callsTo } = serve(undefined, {
      [`PUT /api/posts/${answer.id}/reactions/agree`]: () =>
        jsonResponse({
          reactions: [
            {
              reaction: 'agree',
              count: 2,
              mine: true,
              people: [buildPerson('Priya Shah'), { id: viewer.id, displayName: viewer.displayName }],
            },
          ],
        }),
    });
    const { user } = renderApp(`/communities/maths-mentors/forum/t/${thread.id}`);

    expect(await screen.findByRole('heading', { level: 2, name: 'A noisy Year 9 class' })).toBeInTheDocument();
    expect(await screen.findByText('Try a seating plan.')).toBeInTheDocument();
    expect(screen.getAllByRole('article').map((post) => post.getAttribute('aria-labelledby'))).toEqual([
      'post-1-heading',
      'post-2-heading',
      'post-3-heading',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Jo Tutor · post 2' })).toBeInTheDocument();
    expect(server.subscribedFrom(`thread:${thread.id}`)).toBe(40);
    // The viewer is among those present; only the others are named.
    server.presence(thread.id, [buildPerson('Priya Shah'), { id: viewer.id, displayName: viewer.displayName }]);
    expect(await screen.findByText('Also here: Priya Shah')).toBeInTheDocument();
    await waitFor(() => expect(callsTo('PUT', `${THREAD}/read`).map((call) => call.body)).toEqual([{ number: 3 }]));

    const agree = within(article(2)).getByRole('button', { name: 'Agree: Priya Shah' });
    expect(agree).toHaveAttribute('aria-pressed', 'false');
    await user.click(agree);

    const pressed = await within(article(2)).findByRole('button', { name: 'Agree: Priya Shah and Sam Mentor' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    expect(callsTo('PUT', `/api/posts/${answer.id}/reactions/agree`)).toHaveLength(1);
  });

  it('keeps the reader’s place when posts arrive live, and applies removals and reactions in place', async () => {
    serve();
    const { user } = renderApp(`/communities/maths-mentors/forum/t/${thread.id}`);
    await screen.findByText('Try a seating plan.');
    const stream = `thread:${thread.id}`;

    // Reading further up: the new post waits behind the button instead of appearing.
    const restoreScroll = readerScrolledUp();
    const fourth = buildPost(thread, 4, { html: '<p>Have you tried a quiet starter?</p>' });
    server.deliver(stream, 'post.created', { post: fourth });
    const indicator = await screen.findByRole('button', { name: '1 new post' });
    expect(screen.queryByText('Have you tried a quiet starter?')).not.toBeInTheDocument();
    await user.click(indicator);
    expect(await screen.findByText('Have you tried a quiet starter?')).toBeInTheDocument();
    await waitFor(() => expect(article(4)).toHaveFocus());
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();

    // At the bottom, the next one simply appears.
    restoreScroll();
    server.deliver(stream, 'post.created', { post: buildPost(thread, 5, { html: '<p>Thank you both.</p>' }) });
    expect(await screen.findByText('Thank you both.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new post/ })).not.toBeInTheDocument();

    server.deliver(stream, 'post.removed', { postId: answer.id, number: 2, state: 'hidden' });
    expect(await within(article(2)).findByText('This post was hidden by a moderator.')).toBeInTheDocument();
    expect(screen.queryByText('Try a seating plan.')).not.toBeInTheDocument();

    server.deliver(stream, 'post.reactions', {
      postId: opening.id,
      reactions: [
        {
          reaction: 'thanks',
          count: 3,
          mine: false,
          people: [buildPerson('Priya Shah'), buildPerson('Tom Hughes'), buildPerson('Jo Tutor')],
        },
      ],
      change: { userId: crypto.randomUUID(), reaction: 'thanks', added: true },
    });
    expect(
      await within(article(1)).findByRole('button', { name: 'Thanks: Priya Shah, Tom Hughes and 1 other' }),
    ).toHaveAttribute('aria-pressed', 'false');

    server.deliver(stream, 'thread.updated', {
      threadId: thread.id,
      title: 'A noisy Year 9 class (solved)',
      tags: ['year 9'],
      pinned: false,
      locked: true,
      categoryId: thread.category.id,
      acceptedPostId: null,
      deleted: false,
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'A noisy Year 9 class (solved)' })).toBeInTheDocument();
    expect(screen.getByText('Locked')).toBeInTheDocument();
  });
});
