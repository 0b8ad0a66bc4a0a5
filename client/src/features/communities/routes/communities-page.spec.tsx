import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';
import { buildCommunity, buildPage } from '../../../test/community-fixtures';

const LIST = '/api/communities';

function serve(communities = [buildCommunity()], options: { signedIn?: boolean; total?: number; page?: number } = {}) {
  const user = options.signedIn ? buildUser() : null;
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user })),
    [LIST]: () =>
      jsonResponse(buildPage(communities, { total: options.total ?? communities.length, page: options.page ?? 1 })),
  });
}

describe('Community directory', () => {
  it('shows each community with its type, visibility, description, members, partnership label and the viewer’s role', async () => {
    serve(
      [
        buildCommunity({ viewerRole: 'facilitator' }),
        buildCommunity({
          slug: 'eastfield-partnership',
          name: 'Eastfield ITT Partnership',
          type: 'partnership',
          visibility: 'hidden',
          memberCount: 1,
          description: null,
          partnership: { slug: 'eastfield', name: 'Eastfield Partnership' },
        }),
      ],
      { signedIn: true },
    );

    renderApp('/communities');

    const maths = within(
      (await screen.findByRole('heading', { name: 'Maths Mentors East' })).closest('li') as HTMLElement,
    );
    expect(maths.getByRole('link', { name: 'Maths Mentors East' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors',
    );
    expect(maths.getByText('Subject network')).toBeInTheDocument();
    expect(maths.getByText('Open')).toBeInTheDocument();
    expect(maths.getByText('Secondary maths mentors across the East Midlands.')).toBeInTheDocument();
    expect(maths.getByText('12 members')).toBeInTheDocument();
    expect(maths.getByText('You: Facilitator')).toBeInTheDocument();

    const space = within(
      screen.getByRole('heading', { name: 'Eastfield ITT Partnership' }).closest('li') as HTMLElement,
    );
    expect(space.getAllByText('Partnership space')).toHaveLength(1); // not once as its type and again as the label
    expect(space.getByText('Hidden')).toBeInTheDocument();
    expect(space.getByText('1 member')).toBeInTheDocument();
    expect(space.queryByText(/^You:/)).not.toBeInTheDocument();
    expect(document.title).toBe('Communities · Commonroom');
  });

  it('reads the filters from the URL and sends them, with "mine" for someone signed in', async () => {
    const { requestsTo } = serve([], { signedIn: true });

    renderApp('/communities?q=maths&type=research&mine=true&page=2&type=ignored');

    await waitFor(() => expect(requestsTo(LIST)).toEqual([{ q: 'maths', type: 'research', mine: 'true', page: '2' }]));
    expect(screen.getByLabelText('Type of community')).toHaveValue('research');
    expect(screen.getByRole('radio', { name: 'My communities' })).toBeChecked();
  });

  it('offers neither "mine" nor "Create a community" to someone signed out, and ignores mine=true', async () => {
    const { requestsTo } = serve([]);

    renderApp('/communities?mine=true');

    await waitFor(() => expect(requestsTo(LIST)).toEqual([{ page: '1' }]));
    expect(await screen.findByText('There are no communities yet')).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'My communities' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create a community' })).not.toBeInTheDocument();
  });

  it('switches to the viewer’s own communities through the URL, back to page 1', async () => {
    const { requestsTo } = serve([buildCommunity()], { signedIn: true, total: 60, page: 2 });
    const { router, user } = renderApp('/communities?type=regional&page=2');
    expect(await screen.findByRole('link', { name: 'Create a community' })).toHaveAttribute('href', '/communities/new');

    await user.click(screen.getByRole('radio', { name: 'My communities' }));

    await waitFor(() => expect(currentSearch(router)).toEqual({ type: 'regional', mine: 'true' }));
    await waitFor(() => expect(requestsTo(LIST).at(-1)).toEqual({ type: 'regional', mine: 'true', page: '1' }));
  });

  it('announces the count and offers to clear filters when nothing matches', async () => {
    serve([]);
    const { router, user } = renderApp('/communities?type=innovators');

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('0 communities found'));
    expect(screen.getByText('No communities match these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await waitFor(() => expect(currentSearch(router)).toEqual({}));
  });

  it('links to the next and previous pages, keeping the filters', async () => {
    serve([buildCommunity()], { total: 60, page: 2 });

    renderApp('/communities?type=regional&page=2');

    const pagination = await screen.findByRole('navigation', { name: 'Pages of results' });
    expect(within(pagination).getByRole('link', { name: 'Previous page' })).toHaveAttribute(
      'href',
      '/communities?type=regional',
    );
    expect(within(pagination).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/communities?type=regional&page=3',
    );
  });
});
