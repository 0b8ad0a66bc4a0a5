import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildMemberView } from '../../../test/community-fixtures';
import { useRealtimeServer } from '../../../test/realtime-server';
import { buildCategoryPage, buildForumIndex, buildPerson, buildThreadSummary, COMMUNITY } from '../test/forum-fixtures';

const CATEGORY = '/api/communities/maths-mentors/forum/categories/behaviour';

const noisy = buildThreadSummary({
  title: 'A noisy Year 9 class',
  tags: ['year 9', 'behaviour'],
  postCount: 5,
  unreadCount: 3,
});
const rules = buildThreadSummary({
  title: 'Read this first: how we use this forum',
  pinned: true,
  locked: true,
  postCount: 1,
  unreadCount: null,
});
const seating = buildThreadSummary({
  title: 'Seating plans that worked',
  answered: true,
  postCount: 2,
  lastPoster: buildPerson('Jo Tutor'),
});

function serve(handlers: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    '/api/communities/maths-mentors': () => jsonResponse(buildMemberView()),
    '/api/communities/maths-mentors/forum': () => jsonResponse(buildForumIndex()),
    ...handlers,
  });
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Threads' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('Forum category', () => {
  const server = useRealtimeServer();

  it('lists threads pinned first with their badges, tags and what is new, and refreshes quietly on activity', async () => {
    let served = [noisy, rules, seating];
    const { requestsTo } = serve({ [CATEGORY]: () => jsonResponse(buildCategoryPage(served)) });

    renderApp('/communities/maths-mentors/forum/c/behaviour');

    expect(await screen.findByRole('heading', { level: 2, name: 'Behaviour' })).toBeInTheDocument();
    expect(titles()).toEqual([
      'Read this first: how we use this forum',
      'A noisy Year 9 class',
      'Seating plans that worked',
    ]);
    const rulesItem = screen.getByRole('link', { name: rules.title }).closest('li') as HTMLElement;
    expect(within(rulesItem).getByText('Pinned')).toBeInTheDocument();
    expect(within(rulesItem).getByText('Locked')).toBeInTheDocument();
    expect(within(rulesItem).getByText(/0 replies/)).toBeInTheDocument();
    const noisyItem = screen.getByRole('link', { name: noisy.title }).closest('li') as HTMLElement;
    expect(within(noisyItem).getByText('3 new')).toBeInTheDocument();
    expect(within(noisyItem).getByText(/4 replies/)).toBeInTheDocument();
    expect(within(noisyItem).getByRole('link', { name: 'Threads tagged year 9' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/forum/c/behaviour?tag=year+9',
    );
    expect(
      within(screen.getByRole('link', { name: seating.title }).closest('li') as HTMLElement).getByText('Answered'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start a thread' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/forum/c/behaviour/new',
    );
    expect(document.title).toBe('Behaviour · Maths Mentors East · Commonroom');

    // Someone replies elsewhere: the listing is asked for again, without a reload.
    served = [rules, seating, noisy];
    server.deliver(`community:${COMMUNITY.id}`, 'forum.thread_activity', {
      threadId: seating.id,
      categoryId: crypto.randomUUID(),
      title: seating.title,
      postCount: 3,
      lastPostAt: '2026-01-07T10:00:00.000Z',
      lastPoster: buildPerson('Jo Tutor'),
    });
    await waitFor(() => expect(titles()).toEqual([rules.title, seating.title, noisy.title]));
    expect(requestsTo(CATEGORY)).toHaveLength(2);
  });

  it('pages through threads and filters them by tag in the address', async () => {
    const { requestsTo } = serve({
      [CATEGORY]: (url) => {
        const page = Number(url.searchParams.get('page') ?? 1);
        return jsonResponse(buildCategoryPage([page === 2 ? seating : noisy], { page, total: 30, pageSize: 25 }));
      },
    });
    const { user, router } = renderApp('/communities/maths-mentors/forum/c/behaviour?tag=year+9');

    expect(await screen.findByText('Threads tagged “year 9”')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next page' }));

    expect(await screen.findByRole('link', { name: seating.title })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tag=year+9&page=2');
    expect(requestsTo(CATEGORY).map((query) => [query.page, query.tag])).toEqual([
      ['1', 'year 9'],
      ['2', 'year 9'],
    ]);
    await user.click(screen.getByRole('link', { name: 'Show all threads' }));
    expect(router.state.location.search).toBe('');
  });
});
