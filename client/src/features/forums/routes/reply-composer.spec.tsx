import { mentionToken } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildMemberView } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildPerson, buildPost, buildPostPage, buildThreadDetail } from '../test/forum-fixtures';

const viewer = buildUser({ displayName: 'Sam Mentor' });
const thread = buildThreadDetail({ postCount: 1 });
const THREAD = `/api/threads/${thread.id}`;
const DRAFT = `/api/me/drafts/reply:${thread.id}`;
const opening = buildPost(thread, 1, { html: '<p>How do you run your weekly mentor meeting?</p>' });

function serve(extra: Parameters<typeof mockFetch>[0]) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: viewer })),
    '/api/communities/maths-mentors': () => jsonResponse(buildMemberView()),
    [THREAD]: () => jsonResponse(thread),
    [`${THREAD}/posts`]: () => jsonResponse(buildPostPage([opening])),
    [`PUT ${THREAD}/read`]: () => emptyResponse(204),
    [DRAFT]: () => jsonResponse({ draft: null }),
    [`PUT ${DRAFT}`]: (_url, request) =>
      jsonResponse({
        key: `reply:${thread.id}`,
        title: null,
        replyToPostId: null,
        ...(request.body as object),
        updatedAt: '2026-01-07T10:05:00.000Z',
      }),
    [`DELETE ${DRAFT}`]: () => emptyResponse(204),
    ...extra,
  });
}

const replyBox = () => screen.findByRole('textbox', { name: /Your reply/ });

describe('Reply composer', () => {
  useRealtimeServer();

  it('restores the server draft, saves changes after a pause, and deletes the draft once the reply is posted', async () => {
    const { callsTo } = serve({
      [DRAFT]: () =>
        jsonResponse({
          draft: {
            key: `reply:${thread.id}`,
            title: null,
            raw: 'We start with',
            replyToPostId: null,
            updatedAt: '2026-01-07T09:00:00.000Z',
          },
        }),
      [`POST ${THREAD}/posts`]: (_url, request) =>
        jsonResponse(
          buildPost(thread, 2, {
            author: { id: viewer.id, displayName: viewer.displayName },
            html: `<p>${(request.body as { raw: string }).raw}</p>`,
          }),
          { status: 201 },
        ),
    });
    const { user } = renderApp(`/communities/maths-mentors/forum/t/${thread.id}`);

    const box = await replyBox();
    expect(box).toHaveValue('We start with');
    expect(screen.getByText(/We kept your draft from 7 Jan 2026/)).toBeInTheDocument();
    expect(callsTo('PUT', DRAFT)).toHaveLength(0);

    await user.type(box, ' what went well.');
    await waitFor(() =>
      expect(callsTo('PUT', DRAFT).map((call) => call.body)).toEqual([
        { raw: 'We start with what went well.', title: null, replyToPostId: null },
      ]),
    );
    expect(await screen.findByText(/Draft saved/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Post reply' }));

    expect(await screen.findByText('Your reply has been posted.')).toBeInTheDocument();
    expect(
      within(document.getElementById('post-2') as HTMLElement).getByText('We start with what went well.'),
    ).toBeInTheDocument();
    expect(await replyBox()).toHaveValue('');
    await waitFor(() => expect(callsTo('DELETE', DRAFT)).toHaveLength(1));
    expect(callsTo('POST', `${THREAD}/posts`)[0]?.headers['idempotency-key']).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
  });

  it('suggests people after "@", shows the chosen one as @Name, and sends the mention with their id', async () => {
    const ana = buildPerson('Ana Smith');
    const andrew = buildPerson('Andrew Jones');
    const { requestsTo, callsTo } = serve({
      '/api/communities/maths-mentors/mention-suggestions': () => jsonResponse({ items: [ana, andrew] }),
      [`POST ${THREAD}/posts`]: () => jsonResponse(buildPost(thread, 2), { status: 201 }),
    });
    const { user } = renderApp(`/communities/maths-mentors/forum/t/${thread.id}`);

    const box = await replyBox();
    await user.type(box, 'Thanks @An');
    const listbox = await screen.findByRole('listbox', { name: 'People to mention' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Ana Smith', 'Andrew Jones']);
    expect(box).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option', { name: 'Ana Smith' }).id);

    await user.keyboard('{ArrowDown}{Enter}');

    expect(box).toHaveValue('Thanks @Andrew Jones ');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(requestsTo('/api/communities/maths-mentors/mention-suggestions').at(-1)).toEqual({ q: 'An' });

    // Typing on after the name asks for no more suggestions; the stored text keeps the id.
    await user.type(box, 'for this');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitFor(() =>
      expect(callsTo('POST', `${THREAD}/posts`).map((call) => call.body)).toEqual([
        { raw: `Thanks ${mentionToken(andrew)} for this` },
      ]),
    );
  });
});
