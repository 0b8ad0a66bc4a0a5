import type { CommunityDetail } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import {
  buildCommunityDetail,
  buildFacilitatorView,
  buildInvitation,
  buildJoinRequest,
  buildMember,
  buildPage,
} from '../../../test/community-fixtures';

const DETAIL = '/api/communities/maths-mentors';
const SETTINGS = '/communities/maths-mentors/settings';

const priya = buildMember({ name: 'Priya Shah' });
const jo = buildMember({ name: 'Jo Tutor', source: 'affiliation' });

/** A facilitator's settings page; PATCHes change what the detail answers, as the server would. */
function serve(extra: Parameters<typeof mockFetch>[0] = {}, community: CommunityDetail = buildFacilitatorView()) {
  const state = { community };
  const mock = mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })),
    [DETAIL]: () => jsonResponse(state.community),
    [`PATCH ${DETAIL}`]: (_url, request) => {
      state.community = { ...state.community, ...(request.body as Partial<CommunityDetail>) };
      return jsonResponse(state.community);
    },
    [`${DETAIL}/settings/members`]: () => jsonResponse(buildPage([priya, jo])),
    [`${DETAIL}/requests`]: () => jsonResponse({ items: [] }),
    [`${DETAIL}/invitations`]: () => jsonResponse({ items: [] }),
    ...extra,
  });
  return { ...mock, state };
}

describe('Community settings', () => {
  it('shows someone who is not a facilitator the not-found page', async () => {
    const { callsTo } = serve(
      {},
      buildCommunityDetail({ viewer: { role: 'member', abilities: { read: true, leave: true } } }),
    );

    renderApp(SETTINGS);

    expect(await screen.findByRole('heading', { level: 1, name: 'Community not found' })).toBeInTheDocument();
    expect(callsTo('GET', `${DETAIL}/settings/members`)).toHaveLength(0);
  });

  it('offers a switch only for the tools that exist, saves them, and the community’s navigation follows', async () => {
    const { callsTo } = serve();
    const { user } = renderApp(SETTINGS);

    const forum = await screen.findByRole('switch', { name: 'Forum' });
    expect(forum).toBeChecked();
    expect(forum).toHaveAccessibleDescription('Discussion threads in categories.');
    expect(screen.getAllByRole('switch').map((toggle) => toggle.getAttribute('aria-label'))).toEqual([
      'Forum',
      'Members list',
    ]);
    await user.click(screen.getByRole('switch', { name: 'Members list' }));
    await user.click(screen.getByRole('button', { name: 'Save tools' }));

    expect(await screen.findByText(/The tools have been saved/)).toBeInTheDocument();
    expect(callsTo('PATCH', DETAIL).map((call) => call.body)).toEqual([{ tools: ['forum'] }]);

    await user.click(screen.getByRole('link', { name: 'Back to Maths Mentors East' }));
    const nav = await screen.findByRole('navigation', { name: 'Maths Mentors East' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Home', 'Forum']);
  });

  it('saves the name, description, welcome message and visibility, clearing an emptied text', async () => {
    const { callsTo } = serve({}, buildFacilitatorView({ welcomeMessage: 'Hello all' }));
    const { user } = renderApp(SETTINGS);

    const name = await screen.findByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Maths Mentors Network');
    await user.clear(screen.getByRole('textbox', { name: /Welcome message/ }));
    await user.click(screen.getByRole('radio', { name: 'Hidden' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes have been saved.')).toBeInTheDocument();
    expect(callsTo('PATCH', DETAIL).map((call) => call.body)).toEqual([
      {
        name: 'Maths Mentors Network',
        description: 'Secondary maths mentors across the East Midlands.',
        welcomeMessage: null,
        visibility: 'hidden',
        publicReading: false,
      },
    ]);
  });

  it('lets a facilitator open an open community to reading without signing in, and offers it only there', async () => {
    const { callsTo } = serve({}, buildFacilitatorView({ visibility: 'open' }));
    const { user } = renderApp(SETTINGS);

    const publicReading = await screen.findByRole('checkbox', { name: /Anyone with the link can read/ });
    expect(publicReading).not.toBeChecked();
    expect(publicReading).toHaveAccessibleDescription(/Only members can post/);
    await user.click(screen.getByRole('radio', { name: 'Request to join' }));
    expect(screen.queryByRole('checkbox', { name: /Anyone with the link can read/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Open' }));
    await user.click(screen.getByRole('checkbox', { name: /Anyone with the link can read/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Your changes have been saved.')).toBeInTheDocument();
    expect(callsTo('PATCH', DETAIL).map((call) => (call.body as { publicReading: boolean }).publicReading)).toEqual([
      true,
    ]);
    expect(screen.getByRole('checkbox', { name: /Anyone with the link can read/ })).toBeChecked();
  });

  it('changes a member’s role', async () => {
    const { callsTo } = serve({
      [`PATCH ${DETAIL}/members/${priya.user.id}`]: () => jsonResponse({ ...priya, role: 'facilitator' }),
    });
    const { user } = renderApp(SETTINGS);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role for Priya Shah' }), 'Facilitator');

    expect(await screen.findByText('Priya Shah is now a facilitator.')).toBeInTheDocument();
    expect(callsTo('PATCH', `${DETAIL}/members/${priya.user.id}`).map((call) => call.body)).toEqual([
      { role: 'facilitator' },
    ]);
  });

  it('removes a member after confirmation, and shows the server’s reason when it refuses', async () => {
    let refuse = true;
    let removed = false;
    const { callsTo } = serve({
      [`${DETAIL}/settings/members`]: () => jsonResponse(buildPage(removed ? [jo] : [priya, jo])),
      [`DELETE ${DETAIL}/members/${priya.user.id}`]: () => {
        if (refuse) return errorResponse(409, 'conflict', 'A community needs at least one facilitator.');
        removed = true;
        return emptyResponse(204);
      },
    });
    const { user } = renderApp(SETTINGS);

    await user.click(await screen.findByRole('button', { name: 'Remove Priya Shah' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Priya Shah?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));
    expect(await within(dialog).findByText('A community needs at least one facilitator.')).toBeInTheDocument();

    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Remove member' }));

    expect(await screen.findByText('Priya Shah has been removed from the community.')).toBeInTheDocument();
    expect(screen.queryByText('Priya Shah')).not.toBeInTheDocument();
    expect(callsTo('DELETE', `${DETAIL}/members/${priya.user.id}`)).toHaveLength(2);
    expect(screen.getByRole('heading', { name: 'Members' })).toHaveFocus();
  });

  it('offers no "Remove" for someone who belongs through their organisation', async () => {
    serve();
    renderApp(SETTINGS);

    const row = (await screen.findByText('Jo Tutor')).closest('li') as HTMLElement;
    expect(within(row).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(within(row).getByText(/leaves when that affiliation ends/)).toBeInTheDocument();
  });

  it('approves and declines requests to join', async () => {
    const alex = buildJoinRequest('Alex Green', 'I teach maths at Brook Lane.');
    const { callsTo } = serve({
      [`${DETAIL}/requests`]: () => jsonResponse({ items: [alex] }),
      [`POST ${DETAIL}/requests/${alex.id}/decision`]: () => emptyResponse(204),
    });
    const { user } = renderApp(SETTINGS);

    expect(await screen.findByText('I teach maths at Brook Lane.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Approve the request from Alex Green' }));

    expect(await screen.findByText('Alex Green is now a member.')).toBeInTheDocument();
    expect(callsTo('POST', `${DETAIL}/requests/${alex.id}/decision`).map((call) => call.body)).toEqual([
      { decision: 'approve' },
    ]);
  });

  it('invites several addresses at once and lists pending invitations to withdraw', async () => {
    const pending = buildInvitation({ email: 'kim@brook.example.sch.uk' });
    const { callsTo } = serve({
      [`${DETAIL}/invitations`]: () =>
        jsonResponse({ items: [pending, buildInvitation({ email: 'old@x.example', status: 'accepted' })] }),
      [`POST ${DETAIL}/invitations`]: () => jsonResponse({ invited: 2 }),
      [`DELETE ${DETAIL}/invitations/${pending.id}`]: () => emptyResponse(204),
    });
    const { user } = renderApp(SETTINGS);

    expect(await screen.findByText('kim@brook.example.sch.uk')).toBeInTheDocument();
    expect(screen.queryByText('old@x.example')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Email addresses/ }), 'Ann@Oak.example, bo@elm.example{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Invite as' }), 'Facilitator');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));

    expect(await screen.findByText('2 invitations sent.')).toBeInTheDocument();
    expect(callsTo('POST', `${DETAIL}/invitations`).map((call) => call.body)).toEqual([
      { emails: ['ann@oak.example', 'bo@elm.example'], role: 'facilitator' },
    ]);
    expect(screen.getByRole('textbox', { name: /Email addresses/ })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Withdraw the invitation to kim@brook.example.sch.uk' }));
    expect(
      await screen.findByText('The invitation to kim@brook.example.sch.uk has been withdrawn.'),
    ).toBeInTheDocument();
    expect(callsTo('DELETE', `${DETAIL}/invitations/${pending.id}`)).toHaveLength(1);
  });

  it('names the addresses that are not email addresses and sends nothing', async () => {
    const { callsTo } = serve();
    const { user } = renderApp(SETTINGS);

    await user.type(await screen.findByRole('textbox', { name: /Email addresses/ }), 'ann@oak.example; not-an-address');
    await user.click(screen.getByRole('button', { name: 'Send invitations' }));

    const emails = screen.getByRole('textbox', { name: /Email addresses/ });
    await waitFor(() => expect(emails).toHaveFocus());
    expect(emails).toHaveAccessibleDescription(
      expect.stringContaining('These do not look like email addresses: not-an-address'),
    );
    expect(callsTo('POST', `${DETAIL}/invitations`)).toHaveLength(0);
  });
});
