import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { buildHome, buildHomeThread, buildThreadPage, MATHS } from '../../../test/home-fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const CURSOR = `2026-01-06T15:30:00.000Z_${MATHS.id}`;
const session = () => jsonResponse(buildSession({ user: buildUser() }));
const noNeeds = () => jsonResponse({ total: 0, communities: [] });

describe('Home page, signed in', () => {
  it('opens on Unread, linking each thread with how many posts are new', async () => {
    const thread = buildHomeThread({ title: 'Observation feedback that lands', unreadCount: 3 });
    mockFetch({
      '/api/auth/session': session,
      '/api/home/needs': noNeeds,
      '/api/home': () =>
        jsonResponse(buildHome({ unread: buildThreadPage([thread]), latest: buildThreadPage([thread]) })),
    });

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'What is new for you' })).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Unread (1)' })).toHaveAttribute('aria-selected', 'true');
    const list = screen.getByRole('list', { name: 'Unread (1)' });
    expect(within(list).getByRole('link', { name: 'Observation feedback that lands' })).toHaveAttribute(
      'href',
      `/communities/maths-mentors/forum/t/${thread.id}`,
    );
    expect(within(list).getByText('3 new')).toBeInTheDocument();
    expect(within(list).getByText(/^Maths Mentors East · Priya Nair, /)).toBeInTheDocument();
  });

  it('opens on Latest when nothing is unread, and pages on with the cursor', async () => {
    const first = buildHomeThread({ title: 'First of the latest' });
    const next = buildHomeThread({ title: 'Older thread' });
    const { requestsTo } = mockFetch({
      '/api/auth/session': session,
      '/api/home/needs': noNeeds,
      '/api/home': () => jsonResponse(buildHome({ latest: buildThreadPage([first], CURSOR) })),
      '/api/home/threads': () => jsonResponse(buildThreadPage([next])),
    });

    const { user } = renderApp('/');

    expect(await screen.findByRole('tab', { name: 'Latest' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('link', { name: 'Older thread' })).toBeInTheDocument();
    expect(requestsTo('/api/home/threads')).toEqual([{ filter: 'latest', cursor: CURSOR }]);
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Unread (0)' }));
    expect(screen.getByText('You are up to date')).toBeInTheDocument();
  });

  it('says what waits for me, each linked to where it is handled', async () => {
    mockFetch({
      '/api/auth/session': session,
      '/api/home/needs': noNeeds,
      '/api/home': () =>
        jsonResponse(
          buildHome({
            waiting: {
              contactRequests: 2,
              invitations: [
                {
                  community: { id: '00000000-0000-4000-8000-0000000000b2', slug: 'sen', name: 'SEND network' },
                  expiresAt: '2026-02-01T00:00:00.000Z',
                },
              ],
              facilitating: { total: 3, communities: [{ community: MATHS, joinRequests: 1, openFlags: 2 }] },
            },
          }),
        ),
    });

    renderApp('/');

    const waiting = await screen.findByRole('region', { name: 'Waiting for you' });
    expect(within(waiting).getByRole('link', { name: '2 contact requests to answer' })).toHaveAttribute(
      'href',
      '/contact-requests',
    );
    expect(within(waiting).getByRole('link', { name: '1 request to join Maths Mentors East' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/settings',
    );
    expect(
      within(waiting).getByRole('link', { name: '2 flagged posts to review in Maths Mentors East' }),
    ).toHaveAttribute('href', '/communities/maths-mentors/forum/moderation');
    expect(within(waiting).getByText(/You are invited to SEND network/)).toBeInTheDocument();
  });

  it('lists my communities with my role, last post and threads with news; nothing waiting shows no section', async () => {
    mockFetch({
      '/api/auth/session': session,
      '/api/home/needs': noNeeds,
      '/api/home': () =>
        jsonResponse(
          buildHome({
            communities: [
              {
                ...MATHS,
                role: 'facilitator',
                lastActivityAt: '2026-01-06T15:30:00.000Z',
                unreadThreads: 2,
                partnership: null,
              },
              {
                id: '00000000-0000-4000-8000-0000000000c3',
                slug: 'quiet',
                name: 'Quiet one',
                role: 'member',
                lastActivityAt: null,
                unreadThreads: 0,
                partnership: null,
              },
            ],
          }),
        ),
    });

    renderApp('/');

    const mine = await screen.findByRole('region', { name: 'Your communities' });
    expect(within(mine).getByRole('link', { name: 'Maths Mentors East' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors',
    );
    expect(within(mine).getByText(/^You: Facilitator · Last post /)).toBeInTheDocument();
    expect(within(mine).getByText('2 threads with news')).toBeInTheDocument();
    expect(within(mine).getByText('You: Member · No threads yet')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Waiting for you' })).not.toBeInTheDocument();
  });

  it('groups partnership spaces under their lead provider, then the other communities', async () => {
    const space = (n: number, provider: string, providerName: string) => ({
      id: `00000000-0000-4000-8000-00000000010${n}`,
      slug: `space-${n}`,
      name: `Partnership space ${n}`,
      role: 'member' as const,
      lastActivityAt: null,
      unreadThreads: 0,
      partnership: {
        slug: `partnership-${n}`,
        name: `Partnership ${n}`,
        leadProvider: { id: provider, slug: providerName.toLowerCase().replace(/ /g, '-'), name: providerName },
      },
    });
    const fenmoor = '00000000-0000-4000-8000-0000000000f1';
    const northgate = '00000000-0000-4000-8000-0000000000f2';
    const communities = [
      space(1, northgate, 'Northgate University'),
      { ...MATHS, role: 'member' as const, lastActivityAt: null, unreadThreads: 0, partnership: null },
      space(2, fenmoor, 'University of Fenmoor'),
      space(3, northgate, 'Northgate University'),
    ];
    mockFetch({
      '/api/auth/session': session,
      '/api/home/needs': noNeeds,
      '/api/home': () => jsonResponse(buildHome({ communities })),
    });

    renderApp('/');

    const mine = await screen.findByRole('region', { name: 'Your communities' });
    const headings = within(mine)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Led by Northgate University', 'Led by University of Fenmoor', 'Other communities']);
    const spaces = within(mine)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(spaces).toEqual(['Partnership space 1', 'Partnership space 3', 'Partnership space 2', 'Maths Mentors East']);
  });

  it('shows a facilitator how many things need them in the header, and nothing to anyone else', async () => {
    mockFetch({
      '/api/auth/session': session,
      '/api/home': () => jsonResponse(buildHome()),
      '/api/home/needs': () =>
        jsonResponse({ total: 3, communities: [{ community: MATHS, joinRequests: 1, openFlags: 2 }] }),
    });

    renderApp('/');

    expect(await screen.findByRole('link', { name: '3 need you' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors',
    );
  });

  it('shows no count when nothing needs them', async () => {
    const { requestsTo } = mockFetch({
      '/api/auth/session': session,
      '/api/home': () => jsonResponse(buildHome()),
      '/api/home/needs': noNeeds,
    });

    renderApp('/');

    expect(await screen.findByText('No threads yet')).toBeInTheDocument();
    expect(requestsTo('/api/home/needs')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: /need/ })).not.toBeInTheDocument();
  });
});
