import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';
import { buildCommunityDetail, buildFacilitatorView } from '../../../test/community-fixtures';

const CREATE = 'POST /api/communities';

function serve(
  create: () => Response = () =>
    jsonResponse(buildFacilitatorView({ slug: 'reading-circle', name: 'Reading Circle' }), { status: 201 }),
) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    [CREATE]: create,
    '/api/communities/reading-circle': () =>
      jsonResponse(buildFacilitatorView({ slug: 'reading-circle', name: 'Reading Circle' })),
    '/api/communities/maths-mentors': () => jsonResponse(buildCommunityDetail({ name: 'Maths Mentors East' })),
  });
}

describe('Create a community', () => {
  it('sends the choices, with forum and members list ticked by default, and opens the new community', async () => {
    const { callsTo } = serve();
    const { router, user } = renderApp('/communities/new');

    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Reading Circle');
    await user.selectOptions(screen.getByRole('combobox', { name: /Type of community/ }), 'Peer group');
    expect(screen.getByRole('checkbox', { name: 'Forum' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Members list' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Request to join' }));
    // Only the tools that exist are offered.
    expect(screen.queryByRole('checkbox', { name: 'Wiki' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Members list' }));
    await user.click(screen.getByRole('button', { name: 'Create community' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/communities/reading-circle'));
    expect(callsTo('POST', '/api/communities').map((call) => call.body)).toEqual([
      { name: 'Reading Circle', type: 'peer_group', visibility: 'request', tools: ['forum'] },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Reading Circle' })).toBeInTheDocument();
  });

  it('describes each visibility and never offers a partnership space', async () => {
    serve();
    renderApp('/communities/new');

    const hidden = await screen.findByRole('radio', { name: 'Hidden' });
    expect(hidden).toHaveAccessibleDescription('Only members know it exists; people join by invitation.');
    expect(screen.queryByRole('option', { name: 'Partnership space' })).not.toBeInTheDocument();
  });

  it('asks for a type before sending anything, with focus on the first field to fix', async () => {
    const { callsTo } = serve();
    const { user } = renderApp('/communities/new');

    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Reading Circle');
    await user.click(screen.getByRole('button', { name: 'Create community' }));

    const type = screen.getByRole('combobox', { name: /Type of community/ });
    await waitFor(() => expect(type).toHaveFocus());
    expect(type).toHaveAccessibleDescription(expect.stringContaining('Choose a type of community.'));
    expect(callsTo('POST', '/api/communities')).toHaveLength(0);
  });

  it('shows the server’s problem with a field under that field', async () => {
    serve(() =>
      errorResponse(400, 'validation_failed', 'Invalid', 'req-1', [
        { path: 'body.name', message: 'A community with this name already exists.' },
      ]),
    );
    const { user } = renderApp('/communities/new');

    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Reading Circle');
    await user.selectOptions(screen.getByRole('combobox', { name: /Type of community/ }), 'Peer group');
    await user.click(screen.getByRole('button', { name: 'Create community' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveAccessibleDescription(
        'A community with this name already exists.',
      ),
    );
  });

  it('creates a sub-community under ?parent=, naming the parent', async () => {
    const { callsTo } = serve();
    const { user } = renderApp('/communities/new?parent=maths-mentors');

    expect(await screen.findByRole('heading', { level: 1, name: 'Create a sub-community' })).toBeInTheDocument();
    expect(await screen.findByText(/sub-community of Maths Mentors East/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Year 7 transition');
    await user.selectOptions(screen.getByRole('combobox', { name: /Type of community/ }), 'Cross-phase');
    await user.click(screen.getByRole('button', { name: 'Create community' }));

    await waitFor(() =>
      expect(callsTo('POST', '/api/communities')[0]?.body).toMatchObject({ parentSlug: 'maths-mentors' }),
    );
  });

  it('sends someone signed out to sign in first', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession()) });
    const { router } = renderApp('/communities/new');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(currentSearch(router)).toEqual({ returnTo: '/communities/new' });
  });
});
