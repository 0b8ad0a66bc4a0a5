import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { wideScreen } from '../../../test/media';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';
import { buildPeopleResult, buildPersonCard } from '../../../test/people-fixtures';

const priya = buildPersonCard({ highlight: 'Head of <mark>physics</mark>, <mark>mentor</mark> for &lt;KS4&gt;' });

/** Facet counts as the server sends them; the phase and LA filters narrow to Priya. */
function resultFor(url: URL) {
  const filtered = url.searchParams.has('phase');
  return buildPeopleResult(
    filtered ? [priya] : [priya, buildPersonCard({ displayName: 'Tom Hughes', highlight: null })],
    {
      facets: {
        ...buildPeopleResult([]).facets,
        phase: [
          { value: 'primary', label: 'Primary', count: 4 },
          { value: 'secondary', label: 'Secondary', count: 2 },
        ],
        localAuthority: [{ value: '928', label: 'Northamptonshire', count: 1 }],
      },
      correctedQuery: url.searchParams.get('q') === 'phisics mentor' ? 'physics mentor' : null,
    },
  );
}

function serve() {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    '/api/people': (url) => jsonResponse(resultFor(url)),
  });
}

describe('People finder', () => {
  // Most cases read the filters beside the results, as on a desktop; the phone case says otherwise.
  beforeEach(() => wideScreen());
  afterEach(() => vi.restoreAllMocks());

  it('on a phone, puts the results first and folds the filters behind one Filter button', async () => {
    vi.restoreAllMocks();
    serve();
    const { user } = renderApp('/people?q=phisics+mentor');

    expect(await screen.findByText('2 people found')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Secondary (2)' })).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Filter' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(await screen.findByRole('checkbox', { name: 'Secondary (2)' }));
    expect(await screen.findByRole('button', { name: 'Filter (1 chosen)' })).toBeInTheDocument();
  });

  it('puts a ticked facet in the address and the request, and Back takes it out again', async () => {
    const { requestsTo } = serve();
    const { user, router } = renderApp('/people?q=phisics+mentor');

    expect(await screen.findByText('Showing results for “physics mentor”')).toBeInTheDocument();
    expect(screen.getByText('2 people found')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Secondary (2)' }));
    await waitFor(() => expect(currentSearch(router)).toEqual({ q: 'phisics mentor', phase: 'secondary' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Northamptonshire (1)' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=phisics+mentor&localAuthority=928&phase=secondary'),
    );
    expect(await screen.findByText('1 person found')).toBeInTheDocument();
    expect(requestsTo('/api/people').at(-1)).toEqual({
      q: 'phisics mentor',
      localAuthority: '928',
      phase: 'secondary',
    });
    expect(screen.getByRole('checkbox', { name: 'Secondary (2)' })).toBeChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Secondary (2)' }));
    await waitFor(() => expect(currentSearch(router)).toEqual({ q: 'phisics mentor', localAuthority: '928' }));

    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Secondary (2)' })).toBeChecked());
  });

  it('shows each person with what they may be seen with, and the match highlighted with <mark> only', async () => {
    serve();
    renderApp('/people?q=physics');

    const results = await screen.findByRole('list', { name: 'People found' });
    const card = within(results).getByRole('link', { name: 'Priya Shah' }).closest('li') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Priya Shah' })).toHaveAttribute('href', `/people/${priya.userId}`);
    expect(within(card).getByText('Physics mentor and ITT lead')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Fenmoor Academy' })).toHaveAttribute(
      'href',
      '/organisations/fenmoor-academy',
    );
    expect(within(card).getByText('Can mentor in a shortage subject')).toBeInTheDocument();
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['physics', 'mentor']);
    expect(within(card).getByText(/for <KS4>/)).toBeInTheDocument();
  });

  it('says so when nobody matches, and offers to clear the filters', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
      '/api/people': () => jsonResponse(buildPeopleResult([])),
    });
    const { user, router } = renderApp('/people?q=astrophysics&phase=nursery');

    expect(await screen.findByText('Nobody matches this search')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear search and filters' })[0] as HTMLElement);
    expect(router.state.location.search).toBe('');
  });
});
