import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildMemberView } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildCategory, buildCategoryPage, buildPostPage, buildThreadDetail } from '../test/forum-fixtures';

const category = buildCategory();
const CREATE = '/api/communities/maths-mentors/forum/categories/behaviour/threads';
const DRAFT = `/api/me/drafts/new-thread:${category.id}`;

describe('Starting a thread', () => {
  useRealtimeServer();

  it('sends an Idempotency-Key, keeps the text when sending fails, and retries with the same key', async () => {
    const thread = buildThreadDetail({ title: 'Trainee struggling with Year 9' });
    let failNext = true;
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/communities/maths-mentors': () => jsonResponse(buildMemberView()),
      '/api/communities/maths-mentors/forum/categories/behaviour': () =>
        jsonResponse(buildCategoryPage([], { category })),
      [DRAFT]: () => jsonResponse({ draft: null }),
      [`PUT ${DRAFT}`]: (_url, request) =>
        jsonResponse({
          key: `new-thread:${category.id}`,
          title: null,
          replyToPostId: null,
          updatedAt: '2026-01-07T10:00:00.000Z',
          ...(request.body as object),
        }),
      [`DELETE ${DRAFT}`]: () => emptyResponse(204),
      [`POST ${CREATE}`]: () => {
        if (failNext) {
          failNext = false;
          // The answer is lost on the way back: the server may or may not have the thread.
          return errorResponse(503, 'service_unavailable', 'Try again');
        }
        return jsonResponse(
          { id: thread.id, communitySlug: 'maths-mentors', categorySlug: 'behaviour' },
          { status: 201 },
        );
      },
      [`/api/threads/${thread.id}`]: () => jsonResponse(thread),
      [`/api/threads/${thread.id}/posts`]: () => jsonResponse(buildPostPage([])),
    });
    const { user, router } = renderApp('/communities/maths-mentors/forum/c/behaviour/new');

    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Trainee struggling with Year 9');
    await user.type(screen.getByRole('combobox', { name: /^Tags/ }), 'behaviour{Enter}');
    await user.type(
      screen.getByRole('textbox', { name: /What would you like to discuss/ }),
      'Any ideas for settling the class?',
    );
    await user.click(screen.getByRole('button', { name: 'Start thread' }));

    expect(await screen.findByText(/not available just now/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /What would you like to discuss/ })).toHaveValue(
      'Any ideas for settling the class?',
    );
    expect(router.state.location.pathname).toBe('/communities/maths-mentors/forum/c/behaviour/new');

    await user.click(screen.getByRole('button', { name: 'Start thread' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Trainee struggling with Year 9' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/communities/maths-mentors/forum/t/${thread.id}`);
    const attempts = callsTo('POST', CREATE);
    expect(attempts.map((call) => call.body)).toEqual([
      { title: 'Trainee struggling with Year 9', tags: ['behaviour'], raw: 'Any ideas for settling the class?' },
      { title: 'Trainee struggling with Year 9', tags: ['behaviour'], raw: 'Any ideas for settling the class?' },
    ]);
    const [first, retry] = attempts.map((call) => call.headers['idempotency-key']);
    expect(first).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
    expect(retry).toBe(first);
  });

  it('asks for a title before sending anything', async () => {
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/communities/maths-mentors': () => jsonResponse(buildMemberView()),
      '/api/communities/maths-mentors/forum/categories/behaviour': () =>
        jsonResponse(buildCategoryPage([], { category })),
      [DRAFT]: () => jsonResponse({ draft: null }),
    });
    const { user } = renderApp('/communities/maths-mentors/forum/c/behaviour/new');

    await user.type(
      await screen.findByRole('textbox', { name: /What would you like to discuss/ }),
      'Text without a title',
    );
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByText('Give the thread a title of at least 5 characters.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveFocus();
    expect(callsTo('POST', CREATE)).toHaveLength(0);
  });
});
