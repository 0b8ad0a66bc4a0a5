import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { buildMemberView } from '../../../test/community-fixtures';
import { buildHomeThread, buildThreadPage } from '../../../test/home-fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const signedIn = () => jsonResponse(buildSession({ user: buildUser() }));

describe('Community home: recent activity and what needs a facilitator', () => {
  it('lists the latest threads of this community only, without repeating its name', async () => {
    const community = buildMemberView();
    const thread = buildHomeThread({ title: 'Phonics catch-up ideas', unreadCount: 2 });
    const { requestsTo } = mockFetch({
      '/api/auth/session': signedIn,
      '/api/communities/maths-mentors': () => jsonResponse(community),
      '/api/home/threads': () => jsonResponse(buildThreadPage([thread])),
    });

    renderApp('/communities/maths-mentors');

    const section = await screen.findByRole('region', { name: 'Recent activity' });
    expect(await within(section).findByRole('link', { name: 'Phonics catch-up ideas' })).toHaveAttribute(
      'href',
      `/communities/maths-mentors/forum/t/${thread.id}`,
    );
    expect(within(section).getByText('2 new')).toBeInTheDocument();
    expect(within(section).queryByText(/Maths Mentors East ·/)).not.toBeInTheDocument();
    expect(requestsTo('/api/home/threads')).toEqual([{ community: community.id, limit: '5' }]);
    expect(screen.queryByRole('region', { name: 'Needs you' })).not.toBeInTheDocument();
  });

  it('shows a facilitator the join requests and flags waiting here, linked to where they are handled', async () => {
    const community = buildMemberView({ viewer: { role: 'facilitator', abilities: { manage: true } } });
    const ref = { id: community.id, slug: community.slug, name: community.name };
    mockFetch({
      '/api/auth/session': signedIn,
      '/api/communities/maths-mentors': () => jsonResponse(community),
      '/api/home/threads': () => jsonResponse(buildThreadPage([])),
      '/api/home/needs': () =>
        jsonResponse({ total: 3, communities: [{ community: ref, joinRequests: 1, openFlags: 2 }] }),
    });

    renderApp('/communities/maths-mentors');

    const panel = await screen.findByRole('region', { name: 'Needs you' });
    expect(within(panel).getByRole('link', { name: '1 request to join' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/settings',
    );
    expect(within(panel).getByRole('link', { name: '2 flagged posts to review' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/forum/moderation',
    );
    expect(await screen.findByText('No threads yet. Start one in the forum.')).toBeInTheDocument();
  });

  it('tells a facilitator when nothing waits here', async () => {
    const community = buildMemberView({ viewer: { role: 'facilitator', abilities: { manage: true } } });
    mockFetch({
      '/api/auth/session': signedIn,
      '/api/communities/maths-mentors': () => jsonResponse(community),
      '/api/home/threads': () => jsonResponse(buildThreadPage([])),
      '/api/home/needs': () => jsonResponse({ total: 0, communities: [] }),
    });

    renderApp('/communities/maths-mentors');

    const panel = await screen.findByRole('region', { name: 'Needs you' });
    expect(within(panel).getByText('Nothing is waiting for you here.')).toBeInTheDocument();
  });
});
