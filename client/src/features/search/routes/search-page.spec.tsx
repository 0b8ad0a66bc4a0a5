import type { SearchHit, SearchResult } from '@commonroom/contracts';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { wideScreen } from '../../../test/media';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const COMMUNITY = { slug: 'secondary-science-mentors', name: 'Secondary Science Mentors' };

function post(n: number): SearchHit {
  return {
    type: 'forum_post',
    post: {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      threadId: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      threadTitle: `Physics practical ${n}`,
      number: 1,
      community: COMMUNITY,
      author: { id: '20000000-0000-4000-8000-000000000001', displayName: 'Priya Nair' },
      createdAt: '2026-11-02T09:00:00.000Z',
    },
    highlight: null,
  };
}

function result(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    items: Array.from({ length: 20 }, (_, i) => post(i + 1)),
    page: 1,
    pageSize: 20,
    total: 26,
    totalIsLowerBound: false,
    facets: {
      type: [{ value: 'forum_post', label: 'Forum posts', count: 26 }],
      community: [{ value: COMMUNITY.slug, label: COMMUNITY.name, count: 26 }],
      date: [],
    },
    correctedQuery: null,
    ...overrides,
  };
}

function serve(answer: (url: URL) => SearchResult) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    '/api/search/suggest': () => jsonResponse({ people: [], organisations: [], communities: [], threads: [] }),
    '/api/search': (url) => jsonResponse(answer(url)),
  });
}

describe('Search page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('on a phone, puts the results first and folds the filters behind one Filter button', async () => {
    serve(() => result());
    const { user } = renderApp('/search?q=physics');

    expect(await screen.findByText('Physics practical 1')).toBeVisible();
    const toggle = screen.getByRole('button', { name: 'Filter' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('radiogroup', { name: 'Community' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('radiogroup', { name: 'Community' })).toBeInTheDocument();
  });

  it('says how many filters are chosen on the folded button', async () => {
    serve(() => result());
    renderApp(`/search?q=physics&community=${COMMUNITY.slug}`);

    expect(await screen.findByRole('button', { name: 'Filter (1 chosen)' })).toBeInTheDocument();
  });

  it('on a wide screen, shows the filters as a sidebar with no button', async () => {
    wideScreen();
    serve(() => result());
    renderApp('/search?q=physics');

    expect(await screen.findByRole('radiogroup', { name: 'Community' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Filter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Filter' })).not.toBeInTheDocument();
  });

  it('pages through what the count says: 26 results, a second page with the rest', async () => {
    const { requestsTo } = serve((url) =>
      url.searchParams.get('page') === '2'
        ? result({ page: 2, items: Array.from({ length: 6 }, (_, i) => post(i + 21)) })
        : result(),
    );
    const { user } = renderApp('/search?q=physics');

    expect(await screen.findByText('26 results')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next page' }));

    expect(await screen.findByText('Physics practical 26')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
    expect(requestsTo('/api/search').at(-1)).toMatchObject({ q: 'physics', page: '2' });
  });

  it('says which words it searched for when it corrected them, with a link to search the typed words', async () => {
    const { requestsTo } = serve((url) =>
      url.searchParams.get('exact') === 'true'
        ? result({ items: [], total: 0, facets: { type: [], community: [], date: [] } })
        : result({ correctedQuery: 'physics' }),
    );
    const { user } = renderApp('/search?q=phsyics');

    expect(await screen.findByText(/Showing results for “physics”\./)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Search instead for “phsyics”' }));

    expect(await screen.findByText('Nothing found')).toBeInTheDocument();
    expect(screen.queryByText(/Showing results for/)).not.toBeInTheDocument();
    await waitFor(() => expect(requestsTo('/api/search').at(-1)).toMatchObject({ q: 'phsyics', exact: 'true' }));
  });

  it('on "All", links to every person found when only the best few lead the list', async () => {
    const person: SearchHit = {
      type: 'person',
      person: {
        userId: '30000000-0000-4000-8000-000000000001',
        displayName: 'Amara Okoye',
        headline: 'Physics mentor',
        photoUrl: null,
        highlight: null,
      },
    };
    serve(() =>
      result({
        items: [person, post(1)],
        total: 2,
        facets: { type: [{ value: 'person', label: 'People', count: 7 }], community: [], date: [] },
      }),
    );
    renderApp('/search?q=physics');

    expect(await screen.findByRole('link', { name: 'See all 7 people found' })).toHaveAttribute(
      'href',
      '/search?q=physics&type=person',
    );
  });
});
