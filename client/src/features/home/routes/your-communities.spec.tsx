import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOverview, buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildCommunity, buildPage } from '../../../test/community-fixtures';

const LIST = '/api/communities';

function serve(
  signedIn: boolean,
  communities = [buildCommunity({ viewerRole: 'member' })],
  total = communities.length,
) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: signedIn ? buildUser() : null })),
    '/api/organisations/overview': () => jsonResponse(buildOverview({ school: 1 })),
    [LIST]: () => jsonResponse(buildPage(communities, { total })),
  });
}

describe('Home page: your communities', () => {
  it('lists the communities the signed-in person belongs to', async () => {
    const { requestsTo } = serve(true);

    renderApp('/');

    const section = await screen.findByRole('region', { name: 'Your communities' });
    const link = await within(section).findByRole('link', { name: 'Maths Mentors East' });
    expect(link).toHaveAttribute('href', '/communities/maths-mentors');
    expect(within(section).getByText('You: Member')).toBeInTheDocument();
    expect(requestsTo(LIST)).toEqual([{ mine: 'true' }]);
  });

  it('points to the directory when they belong to none yet', async () => {
    serve(true, []);

    renderApp('/');

    expect(await screen.findByText('You have not joined any communities yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse communities' })).toHaveAttribute('href', '/communities');
  });

  it('links to all of them when there are more than fit', async () => {
    serve(true, [buildCommunity({ viewerRole: 'member' })], 30);

    renderApp('/');

    expect(await screen.findByRole('link', { name: 'See all 30 of your communities' })).toHaveAttribute(
      'href',
      '/communities?mine=true',
    );
  });

  it('is not there for someone signed out, and asks nothing', async () => {
    const { requestsTo } = serve(false);

    renderApp('/');

    expect(await screen.findByText('1 organisation in the directory')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your communities' })).not.toBeInTheDocument();
    expect(requestsTo(LIST)).toEqual([]);
  });
});
