import type { CommunityDetail } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildCommunity, buildCommunityDetail, buildMemberView } from '../../../test/community-fixtures';

const DETAIL = '/api/communities/maths-mentors';

const visitor = (overrides: Parameters<typeof buildCommunityDetail>[0] = {}) =>
  buildCommunityDetail({
    ...overrides,
    viewer: { ...overrides.viewer, abilities: { join: true, ...overrides.viewer?.abilities } },
  });
const member = buildMemberView;

/** Serves the community (the latest of `state.community`), signed in unless `signedIn` is false. */
function serve(state: { community: CommunityDetail }, extra: Parameters<typeof mockFetch>[0] = {}, signedIn = true) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: signedIn ? buildUser() : null })),
    [DETAIL]: () => jsonResponse(state.community),
    ...extra,
  });
}

describe('Community home', () => {
  it('shows the name, type, visibility, members, and where it sits', async () => {
    serve({
      community: member({ parent: { slug: 'east-midlands-itt', name: 'East Midlands ITT' }, memberCount: 3 }),
    });

    renderApp('/communities/maths-mentors');

    expect(await screen.findByRole('heading', { level: 1, name: 'Maths Mentors East' })).toBeInTheDocument();
    expect(screen.getByText('Subject network')).toBeInTheDocument();
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.getByText('3 members')).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Where you are' });
    expect(
      within(breadcrumb)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Communities', '/communities'],
      ['East Midlands ITT', '/communities/east-midlands-itt'],
    ]);
    expect(within(breadcrumb).getByText('Maths Mentors East')).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Maths Mentors East · Commonroom');
  });

  it('in a partnership space, shows the partnership and its lead provider, with the provider’s mark', async () => {
    const provider = { id: '0b5a1f6e-7c1d-4f7e-9a8b-2c3d4e5f6a7b', slug: 'uni-fenmoor', name: 'University of Fenmoor' };
    serve({
      community: member({
        name: 'Eastfield Partnership',
        type: 'partnership',
        partnership: { slug: 'eastfield', name: 'Eastfield Partnership', leadProvider: provider },
      }),
    });

    renderApp('/communities/maths-mentors');

    const breadcrumb = await screen.findByRole('navigation', { name: 'Where you are' });
    expect(
      within(breadcrumb)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Partnerships', '/partnerships'],
      ['Eastfield Partnership', '/partnerships/eastfield'],
    ]);
    expect(within(breadcrumb).getByText('Partnership space')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'University of Fenmoor' })).toHaveAttribute(
      'href',
      '/organisations/uni-fenmoor',
    );
    expect(screen.getByText(/Led by/)).toBeInTheDocument();
    const mark = document.querySelector('.provider-mark');
    expect(mark).toHaveTextContent('UF');
    expect(mark).toHaveAttribute('aria-hidden', 'true');
  });

  it('lists only the tools the community has switched on and that exist', async () => {
    // The wiki is on in stored data but not built yet: it does not show.
    serve({ community: member({ tools: ['wiki', 'members'] }) });

    renderApp('/communities/maths-mentors');

    const nav = await screen.findByRole('navigation', { name: 'Maths Mentors East' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Home', '/communities/maths-mentors'],
      ['Members list', '/communities/maths-mentors/members'],
    ]);
  });

  it('joins on request, then offers "Leave", announces it and moves focus to the heading', async () => {
    const state = { community: visitor() };
    const { callsTo } = serve(state, {
      [`POST ${DETAIL}/join`]: () => {
        state.community = member();
        return jsonResponse({ status: 'member' });
      },
    });
    const { user } = renderApp('/communities/maths-mentors');

    await user.click(await screen.findByRole('button', { name: 'Join this community' }));

    expect(await screen.findByRole('button', { name: 'Leave' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Join this community' })).not.toBeInTheDocument();
    expect(callsTo('POST', `${DETAIL}/join`).map((call) => call.body)).toEqual([{}]);
    expect(screen.getByText('You have joined Maths Mentors East.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('sends a request to join with an optional message, then says it is waiting', async () => {
    const state = {
      community: buildCommunityDetail({ visibility: 'request', viewer: { abilities: { requestToJoin: true } } }),
    };
    const { callsTo } = serve(state, {
      [`POST ${DETAIL}/join`]: () => {
        state.community = buildCommunityDetail({ visibility: 'request', viewer: { pendingRequest: true } });
        return jsonResponse({ status: 'requested' });
      },
    });
    const { user } = renderApp('/communities/maths-mentors');

    await user.click(await screen.findByRole('button', { name: 'Request to join' }));
    await user.type(
      screen.getByRole('textbox', { name: /Message to the facilitators/ }),
      'I mentor maths at Oakfield.',
    );
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('Your request to join is waiting for a facilitator.')).toBeInTheDocument();
    expect(callsTo('POST', `${DETAIL}/join`).map((call) => call.body)).toEqual([
      { message: 'I mentor maths at Oakfield.' },
    ]);
    expect(screen.queryByRole('button', { name: 'Request to join' })).not.toBeInTheDocument();
  });

  it('asks before leaving, and leaves only when confirmed', async () => {
    const state = { community: member() };
    const { callsTo } = serve(state, {
      [`POST ${DETAIL}/leave`]: () => {
        state.community = visitor();
        return emptyResponse(204);
      },
    });
    const { user } = renderApp('/communities/maths-mentors');

    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave Maths Mentors East?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsTo('POST', `${DETAIL}/leave`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Leave' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave community' }));

    expect(await screen.findByRole('button', { name: 'Join this community' })).toBeInTheDocument();
    expect(callsTo('POST', `${DETAIL}/leave`)).toHaveLength(1);
    expect(screen.getByText('You have left Maths Mentors East.')).toBeInTheDocument();
  });

  it('goes back to the directory after leaving a hidden community, which they can no longer see', async () => {
    serve(
      { community: member({ visibility: 'hidden' }) },
      {
        [`POST ${DETAIL}/leave`]: () => emptyResponse(204),
        '/api/communities': () => jsonResponse({ items: [], page: 1, pageSize: 25, total: 0 }),
      },
    );
    const { router, user } = renderApp('/communities/maths-mentors');

    await user.click(await screen.findByRole('button', { name: 'Leave' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave community' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/communities'));
    expect(screen.queryByRole('heading', { name: 'Community not found' })).not.toBeInTheDocument();
  });

  it('offers no "Leave" to someone who belongs through their organisation, and says why', async () => {
    serve({ community: member({ viewer: { throughAffiliation: true, abilities: { leave: false } } }) });

    renderApp('/communities/maths-mentors');

    expect(await screen.findByText(/You belong through your organisation/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leave' })).not.toBeInTheDocument();
  });

  it('shows the welcome message to members with its line breaks, as plain text', async () => {
    serve({ community: member({ welcomeMessage: 'Welcome!\nIntroduce yourself in the forum.\n<b>Be kind</b>' }) });

    renderApp('/communities/maths-mentors');

    const welcome = (await screen.findByRole('heading', { name: 'Welcome' })).closest('section') as HTMLElement;
    expect(welcome.textContent).toContain('Welcome!\nIntroduce yourself in the forum.\n<b>Be kind</b>');
    expect(welcome.querySelector('b')).toBeNull();
  });

  it('keeps the welcome message for members only', async () => {
    serve({ community: visitor({ welcomeMessage: 'Members only welcome' }) });

    renderApp('/communities/maths-mentors');

    expect(await screen.findByRole('button', { name: 'Join this community' })).toBeInTheDocument();
    expect(screen.queryByText('Members only welcome')).not.toBeInTheDocument();
  });

  it('links facilitators to settings and to creating a sub-community, and lists sub-communities', async () => {
    serve({
      community: member({
        subcommunities: [buildCommunity({ slug: 'year-7', name: 'Year 7 transition' })],
        viewer: { role: 'facilitator', abilities: { manage: true, createSubcommunity: true } },
      }),
    });

    renderApp('/communities/maths-mentors');

    expect(await screen.findByRole('link', { name: 'Settings' })).toHaveAttribute(
      'href',
      '/communities/maths-mentors/settings',
    );
    const section = screen.getByRole('region', { name: 'Sub-communities' });
    expect(within(section).getByRole('link', { name: 'Year 7 transition' })).toHaveAttribute(
      'href',
      '/communities/year-7',
    );
    expect(within(section).getByRole('link', { name: 'Create a sub-community' })).toHaveAttribute(
      'href',
      '/communities/new?parent=maths-mentors',
    );
  });

  it('invites someone signed out to sign in and come back', async () => {
    serve({ community: buildCommunityDetail() }, {}, false);

    renderApp('/communities/maths-mentors');

    expect(await screen.findByRole('link', { name: 'Sign in to join' })).toHaveAttribute(
      'href',
      '/sign-in?returnTo=%2Fcommunities%2Fmaths-mentors',
    );
  });

  it('says "not found" in plain words when the server answers 404 (missing or hidden)', async () => {
    serve({ community: member() }, { [DETAIL]: () => errorResponse(404, 'not_found', 'Not found') });

    renderApp('/communities/maths-mentors');

    expect(await screen.findByRole('heading', { level: 1, name: 'Community not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse communities' })).toHaveAttribute('href', '/communities');
  });
});
