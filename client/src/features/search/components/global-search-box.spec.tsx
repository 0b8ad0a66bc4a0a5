import type { Suggestions } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const PRIYA = '0b4c9a1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b';
const suggestions: Suggestions = {
  people: [{ userId: PRIYA, displayName: 'Priya Shah', headline: 'Physics mentor' }],
  organisations: [{ slug: 'fenmoor-academy', name: 'Fenmoor Physics Academy', kind: 'school' }],
  communities: [{ slug: 'secondary-science-mentors', name: 'Secondary Science Mentors' }],
  threads: [],
};

function serve() {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    '/api/search/suggest': (url) =>
      jsonResponse(
        url.searchParams.get('q') === 'ph'
          ? suggestions
          : { people: [], organisations: [], communities: [], threads: [] },
      ),
    '/api/search': () =>
      jsonResponse({
        items: [],
        page: 1,
        pageSize: 20,
        total: 0,
        totalIsLowerBound: false,
        facets: { type: [], community: [], date: [] },
        correctedQuery: null,
      }),
  });
}

const activeOption = (box: HTMLElement) =>
  document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.textContent;

describe('Global search box', () => {
  // Mantine scrolls the highlighted option into view, which jsdom does not implement.
  beforeAll(() => {
    Element.prototype.scrollIntoView ??= () => undefined;
  });

  it('waits for two characters, then moves through grouped suggestions with the arrow keys and opens one with Enter', async () => {
    const { requestsTo } = serve();
    const { user, router } = renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Search Commonroom' });

    await user.type(box, 'p');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.type(box, 'h');

    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(
      within(listbox)
        .getAllByRole('group')
        .map(
          (group) =>
            group.getAttribute('aria-labelledby') &&
            document.getElementById(group.getAttribute('aria-labelledby') as string)?.textContent,
        ),
    ).toEqual(['People', 'Organisations', 'Communities']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', listbox.id);
    expect(requestsTo('/api/search/suggest')).toEqual([{ q: 'ph' }]);

    await user.keyboard('{ArrowDown}');
    expect(activeOption(box)).toContain('Priya Shah');
    await user.keyboard('{ArrowDown}');
    expect(activeOption(box)).toBe('Fenmoor Physics Academy');
    await user.keyboard('{ArrowUp}');
    expect(activeOption(box)).toContain('Priya Shah');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/people/${PRIYA}`));
    expect(box).toHaveValue('');
  });

  it('closes the list with Escape, and Enter with nothing highlighted opens the results page', async () => {
    serve();
    const { user, router } = renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Search Commonroom' });

    await user.type(box, 'ph');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'false'));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=ph');
  });
});
