import type { ModerationQueue, Post } from '@commonroom/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildFacilitatorView } from '../../../test/community-fixtures';
import { buildPerson, buildPost, buildThreadDetail } from '../test/forum-fixtures';

const QUEUE = '/api/communities/maths-mentors/moderation';
const LIMITS = { perMinute: 6, perHour: 30, newMembers: { perMinute: 3, perHour: 10, untilPosts: 3 } };

describe('Moderation queue', () => {
  it('shows why each post was flagged and hides one, which then leaves the queue', async () => {
    const thread = buildThreadDetail({ title: 'Lesson observations' });
    const flagged = buildPost(thread, 4, {
      author: buildPerson('Chris Lane'),
      html: '<p>Jamie in 9B is the problem.</p>',
    });
    let queue: ModerationQueue = {
      items: [
        {
          post: flagged,
          thread: { id: thread.id, title: thread.title },
          flags: [
            {
              reason: 'identifies_someone',
              note: 'Names a pupil.',
              flaggedBy: buildPerson('Priya Shah'),
              createdAt: '2026-01-07T09:00:00.000Z',
            },
          ],
          hidden: null,
        },
      ],
      postingLimits: LIMITS,
    };
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/communities/maths-mentors': () => jsonResponse(buildFacilitatorView()),
      [QUEUE]: () => jsonResponse(queue),
      [`POST /api/posts/${flagged.id}/moderation`]: () => {
        queue = { items: [], postingLimits: LIMITS };
        const hidden: Post = { ...flagged, state: 'hidden' };
        return jsonResponse(hidden);
      },
    });
    const { user } = renderApp('/communities/maths-mentors/forum/moderation');

    const item = (
      await screen.findByRole('heading', { level: 3, name: 'Post 4 by Chris Lane in “Lesson observations”' })
    ).closest('li') as HTMLElement;
    expect(within(item).getByText('Jamie in 9B is the problem.')).toBeInTheDocument();
    expect(
      within(item).getByText(/It could identify a pupil, trainee or colleague: flagged by Priya Shah/),
    ).toBeInTheDocument();
    expect(within(item).getByText('Their note: Names a pupil.')).toBeInTheDocument();
    expect(within(item).getByRole('link')).toHaveAttribute(
      'href',
      `/communities/maths-mentors/forum/t/${thread.id}?near=4#post-4`,
    );

    await user.click(within(item).getByRole('button', { name: 'Hide post 4 by Chris Lane' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hide post 4 by Chris Lane' });
    // A reason is required: nothing is sent without one.
    await user.click(within(dialog).getByRole('button', { name: 'Hide post' }));
    expect(within(dialog).getByText('Say why you are hiding it.')).toBeInTheDocument();
    expect(callsTo('POST', `/api/posts/${flagged.id}/moderation`)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Why are you hiding it/ }), 'It names a pupil');
    await user.click(within(dialog).getByRole('button', { name: 'Hide post' }));

    expect(await screen.findByText('Post 4 by Chris Lane has been hidden.')).toBeInTheDocument();
    expect(await screen.findByText('Nothing is waiting for a moderator')).toBeInTheDocument();
    expect(callsTo('POST', `/api/posts/${flagged.id}/moderation`).map((call) => call.body)).toEqual([
      { action: 'hide', reason: 'It names a pupil' },
    ]);
  });

  it('lists hidden posts under “Hidden” with who hid them and why, and restores one from there', async () => {
    const thread = buildThreadDetail({ title: 'Lesson observations' });
    const hiddenPost = buildPost(thread, 6, {
      author: buildPerson('Chris Lane'),
      html: '<p>Buy my lesson plans.</p>',
      state: 'hidden',
      hiddenReason: 'Advertising',
    });
    let hiddenItems: ModerationQueue['items'] = [
      {
        post: hiddenPost,
        thread: { id: thread.id, title: thread.title },
        flags: [],
        hidden: { by: buildPerson('Tom Hughes'), at: '2026-01-08T10:00:00.000Z', reason: 'Advertising' },
      },
    ];
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/communities/maths-mentors': () => jsonResponse(buildFacilitatorView()),
      [QUEUE]: (url) =>
        jsonResponse({
          items: url.searchParams.get('view') === 'hidden' ? hiddenItems : [],
          postingLimits: LIMITS,
        } satisfies ModerationQueue),
      [`POST /api/posts/${hiddenPost.id}/moderation`]: () => {
        hiddenItems = [];
        return jsonResponse({ ...hiddenPost, state: 'visible', hiddenReason: null } satisfies Post);
      },
    });
    const { user } = renderApp('/communities/maths-mentors/forum/moderation');

    expect(await screen.findByText('Nothing is waiting for a moderator')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Hidden' }));
    const item = (
      await screen.findByRole('heading', { level: 3, name: 'Post 6 by Chris Lane in “Lesson observations”' })
    ).closest('li') as HTMLElement;
    expect(within(item).getByText(/^Hidden by Tom Hughes, .*\. Reason: Advertising$/)).toBeInTheDocument();
    expect(within(item).getByText('Buy my lesson plans.')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: /Dismiss/ })).not.toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Restore post 6 by Chris Lane' }));
    expect(await screen.findByText('Post 6 by Chris Lane has been restored.')).toBeInTheDocument();
    expect(await screen.findByText('No posts are hidden')).toBeInTheDocument();
    expect(callsTo('POST', `/api/posts/${hiddenPost.id}/moderation`).map((call) => call.body)).toEqual([
      { action: 'restore' },
    ]);
  });

  it('tells facilitators the posting limits members are held to', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/communities/maths-mentors': () => jsonResponse(buildFacilitatorView()),
      [QUEUE]: () => jsonResponse({ items: [], postingLimits: LIMITS } satisfies ModerationQueue),
    });
    renderApp('/communities/maths-mentors/forum/moderation');

    expect(
      await screen.findByText(
        'Posting limits: members can post up to 6 times a minute and 30 times an hour; people with fewer than 3 posts, 3 times a minute and 10 times an hour. Facilitators have no limit. Someone who reaches a limit is told when they can post again, and keeps what they wrote.',
      ),
    ).toBeInTheDocument();
  });
});
