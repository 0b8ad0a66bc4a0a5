import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildCommunityDetail } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildPost, buildPostPage, buildThreadDetail } from '../test/forum-fixtures';

const thread = buildThreadDetail({ title: 'Planning the first week', postCount: 1 });
const THREAD = `/api/threads/${thread.id}`;
const LINK = `/communities/maths-mentors/forum/t/${thread.id}`;
const NOT_FOUND = 'We could not find this';

/** A signed-out visitor; the community's detail says whether they may read it. */
function serveSignedOut(read: boolean) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession()),
    '/api/communities/maths-mentors': () =>
      jsonResponse(buildCommunityDetail({ publicReading: read, viewer: { abilities: { read } } })),
    [`${THREAD}/teaser`]: () =>
      jsonResponse({
        title: 'Planning the first week',
        community: { slug: 'maths-mentors', name: 'Maths Mentors East' },
      }),
    [THREAD]: () => jsonResponse(thread),
    [`${THREAD}/posts`]: () => jsonResponse(buildPostPage([buildPost(thread, 1, { html: '<p>Day one ideas?</p>' })])),
  });
}

describe('A shared forum link, opened signed out', () => {
  const server = useRealtimeServer();

  it('shows a members-only thread’s title and community, and a sign-in that returns to the post', async () => {
    const { callsTo } = serveSignedOut(false);
    renderApp(`${LINK}?page=1#post-1`);

    const teaser = await screen.findByRole('region', { name: 'Planning the first week' });
    expect(within(teaser).getByText('A discussion in Maths Mentors East')).toBeInTheDocument();
    expect(within(teaser).getByRole('link', { name: 'Sign in to read' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent(`${LINK}?page=1#post-1`)}`,
    );
    expect(within(teaser).getByRole('link', { name: 'Create account' })).toHaveAttribute('href', '/sign-up');
    await waitFor(() => expect(document.title).toBe('Planning the first week · Maths Mentors East · Commonroom'));
    expect(callsTo('GET', THREAD)).toHaveLength(0);
  });

  it('says what went wrong when the thread is not there', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession()),
      '/api/communities/maths-mentors': () => jsonResponse(buildCommunityDetail()),
      [`${THREAD}/teaser`]: () => errorResponse(404, 'not_found', 'That discussion was not found.'),
    });
    renderApp(LINK);
    expect(await screen.findByText(NOT_FOUND)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in to read' })).not.toBeInTheDocument();
  });

  it('lets a visitor read a thread of a community anyone may read, with no live connection and no read marks', async () => {
    const { callsTo } = serveSignedOut(true);
    renderApp(LINK);

    expect(await screen.findByText('Day one ideas?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Planning the first week' })).toBeInTheDocument();
    const prompt = screen.getByText(/Sign in or create an account to reply/).parentElement!;
    expect(within(prompt).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent(LINK)}`,
    );
    expect(screen.queryByRole('button', { name: /Notifications/ })).not.toBeInTheDocument();
    expect(callsTo('PUT', `${THREAD}/read`)).toHaveLength(0);
    expect(server.subscribedFrom(`thread:${thread.id}`)).toBeUndefined();
  });
});
