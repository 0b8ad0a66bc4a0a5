import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const OVERVIEW = '/api/organisations/overview';
const PUBLIC = '/api/home/public';
const noCommunities = () => jsonResponse({ communities: [] });

describe('Home page, signed out', () => {
  it('offers "Create account" and "Sign in", and lists open communities without thread titles', async () => {
    const { requestsTo } = mockFetch({
      [OVERVIEW]: () => jsonResponse(buildOverview({ school: 1 })),
      [PUBLIC]: () =>
        jsonResponse({
          communities: [
            {
              id: '00000000-0000-4000-8000-000000000001',
              slug: 'early-career-mentors',
              name: 'Early career mentors',
              description: 'Mentors of early career teachers in the region.',
              memberCount: 12,
              lastActivityAt: '2026-01-06T15:30:00.000Z',
            },
          ],
        }),
    });

    renderApp('/');

    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: 'Create account' })).toHaveAttribute('href', '/sign-up');
    expect(within(main).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    const open = screen.getByRole('region', { name: 'Communities you can join' });
    expect(await within(open).findByRole('link', { name: 'Early career mentors' })).toHaveAttribute(
      'href',
      '/communities/early-career-mentors',
    );
    expect(within(open).getByText(/^12 members · Last active \d{1,2} Jan 2026, \d{2}:\d{2}$/)).toBeInTheDocument();
    // A visitor's page never asks for the signed-in home.
    expect(requestsTo('/api/home')).toEqual([]);
  });

  it('welcomes the user and says what Commonroom is for', async () => {
    mockFetch({ [OVERVIEW]: () => jsonResponse(buildOverview({ school: 1 })), [PUBLIC]: noCommunities });

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Commonroom' })).toBeInTheDocument();
    expect(
      screen.getByText(/mentors in schools, tutors in universities and colleagues in local authorities/),
    ).toBeInTheDocument();
    expect(document.title).toBe('Home · Commonroom');
  });

  it('shows the total and a linked count for each kind that has organisations', async () => {
    mockFetch({
      [OVERVIEW]: () => jsonResponse(buildOverview({ school: 1240, hei: 3, local_authority: 1 })),
      [PUBLIC]: noCommunities,
    });

    renderApp('/');

    expect(await screen.findByText('1,244 organisations in the directory')).toBeInTheDocument();
    const byKind = screen.getByRole('list', { name: 'By kind of organisation' });
    const links = within(byKind).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['1,240 schools', '/organisations?kind=school'],
      ['3 universities (HEIs)', '/organisations?kind=hei'],
      ['1 local authority', '/organisations?kind=local_authority'],
    ]);
  });

  it('breaks the counts down by region when more than one region has organisations', async () => {
    const london = { region: 'london' as const, total: 5, byKind: buildOverview({ school: 5 }).byKind };
    const southEast = { region: 'south_east' as const, total: 2, byKind: buildOverview({ scitt: 2 }).byKind };
    mockFetch({
      [OVERVIEW]: () => jsonResponse(buildOverview({ school: 5, scitt: 2 }, [london, southEast])),
      [PUBLIC]: noCommunities,
    });

    renderApp('/');

    const region = (await screen.findByRole('heading', { level: 4, name: 'South East' })).closest('li') as HTMLElement;
    expect(within(region).getByRole('link', { name: '2 organisations' })).toHaveAttribute(
      'href',
      '/organisations?region=south_east',
    );
    expect(within(region).getByRole('link', { name: '2 SCITTs' })).toHaveAttribute(
      'href',
      '/organisations?kind=scitt&region=south_east',
    );
  });

  it('leaves out the regional breakdown when all organisations are in one region', async () => {
    mockFetch({ [OVERVIEW]: () => jsonResponse(buildOverview({ school: 4 })), [PUBLIC]: noCommunities });

    renderApp('/');

    expect(await screen.findByRole('link', { name: '4 schools' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'By region' })).not.toBeInTheDocument();
  });

  it('says the directory is empty rather than showing zeros', async () => {
    mockFetch({ [OVERVIEW]: () => jsonResponse(buildOverview({})), [PUBLIC]: noCommunities });

    renderApp('/');

    expect(await screen.findByText('No organisations yet')).toBeInTheDocument();
    expect(screen.queryByText(/0 organisations/)).not.toBeInTheDocument();
  });

  it('explains a failure in plain words with its reference', async () => {
    mockFetch({
      [OVERVIEW]: () => errorResponse(500, 'internal', 'TypeError: boom', 'req-home-1'),
      [PUBLIC]: noCommunities,
    });

    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side.');
    expect(alert).toHaveTextContent('Reference: req-home-1');
    expect(alert).not.toHaveTextContent('TypeError');
  });
});
