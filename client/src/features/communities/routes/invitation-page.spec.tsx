import type { CurrentUser } from '@commonroom/contracts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';
import { buildCommunityDetail, buildInvitationView } from '../../../test/community-fixtures';

const TOKEN = 'inv_0123456789abcdefghijklmnop';
const INVITATION = `/api/invitations/${TOKEN}`;
const PAGE = `/invitations/${TOKEN}`;
const INVITED = 'jo.tutor@eastfield.example.ac.uk';

/** Serves the invitation; `session.user` is who the server says is signed in, and can change. */
function serve(
  view = buildInvitationView(),
  user: CurrentUser | null = null,
  extra: Parameters<typeof mockFetch>[0] = {},
) {
  const session = { user };
  const mock = mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession({ user: session.user })),
    [INVITATION]: () => jsonResponse(view),
    '/api/communities/maths-mentors': () =>
      jsonResponse(
        buildCommunityDetail({
          viewerRole: 'member',
          viewer: { role: 'member', abilities: { read: true, leave: true } },
        }),
      ),
    ...extra,
  });
  return { ...mock, session };
}

describe('Invitation page', () => {
  it('says who invited you to which community', async () => {
    serve();

    renderApp(PAGE);

    expect(await screen.findByRole('heading', { level: 1, name: 'Join Maths Mentors East' })).toBeInTheDocument();
    expect(screen.getByText('Sam Mentor has invited you to join Maths Mentors East as a member.')).toBeInTheDocument();
  });

  it('creates an account for the invited address, signs in and opens the community', async () => {
    const { callsTo, session } = serve(buildInvitationView(), null, {
      [`POST ${INVITATION}/sign-up`]: () => {
        session.user = buildUser({ email: INVITED, displayName: 'Jo Tutor' });
        return jsonResponse({ communitySlug: 'maths-mentors' }, { status: 201 });
      },
    });
    const { router, user } = renderApp(PAGE);

    expect(await screen.findByRole('textbox', { name: /Email address/ })).toHaveValue(INVITED);
    expect(screen.getByRole('textbox', { name: /Email address/ })).toHaveAttribute('readonly');
    await user.type(screen.getByRole('textbox', { name: /Your name/ }), 'Jo Tutor');
    await user.type(screen.getByLabelText('Password', { exact: false, selector: 'input' }), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/communities/maths-mentors'));
    expect(callsTo('POST', `${INVITATION}/sign-up`).map((call) => call.body)).toEqual([
      { displayName: 'Jo Tutor', password: 'correct horse battery' },
    ]);
    // The whole app now knows who is signed in.
    expect(await screen.findByRole('button', { name: 'Jo Tutor: account menu' })).toBeInTheDocument();
    expect(callsTo('GET', '/api/auth/session').length).toBeGreaterThanOrEqual(2);
  });

  it('sends someone whose address already has an account to sign in and come back, on a 409', async () => {
    serve(buildInvitationView(), null, {
      [`POST ${INVITATION}/sign-up`]: () => errorResponse(409, 'conflict', 'An account already uses this address.'),
    });
    const { user } = renderApp(PAGE);

    await user.type(await screen.findByRole('textbox', { name: /Your name/ }), 'Jo Tutor');
    await user.type(screen.getByLabelText('Password', { exact: false, selector: 'input' }), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Create account and join' }));

    expect(await screen.findByRole('link', { name: 'Sign in to accept' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent(PAGE)}`,
    );
    expect(screen.queryByRole('button', { name: 'Create account and join' })).not.toBeInTheDocument();
  });

  it('asks someone signed out whose address has an account to sign in', async () => {
    serve(buildInvitationView({ accountExists: true }));

    renderApp(PAGE);

    expect(await screen.findByRole('link', { name: 'Sign in to accept' })).toHaveAttribute(
      'href',
      `/sign-in?returnTo=${encodeURIComponent(PAGE)}`,
    );
    expect(screen.queryByRole('textbox', { name: /Your name/ })).not.toBeInTheDocument();
  });

  it('accepts for someone signed in with the invited address and opens the community', async () => {
    const { callsTo } = serve(
      buildInvitationView({ accountExists: true }),
      buildUser({ email: 'Jo.Tutor@eastfield.example.ac.uk' }),
      {
        [`POST ${INVITATION}/accept`]: () => jsonResponse({ communitySlug: 'maths-mentors' }),
      },
    );
    const { router, user } = renderApp(PAGE);

    await user.click(await screen.findByRole('button', { name: 'Accept and join' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/communities/maths-mentors'));
    expect(callsTo('POST', `${INVITATION}/accept`)).toHaveLength(1);
  });

  it('explains when someone is signed in with another address, and signs them out on request', async () => {
    const { session, callsTo } = serve(buildInvitationView(), buildUser({ email: 'sam@oakfield.example.sch.uk' }), {
      'POST /api/auth/sign-out': () => {
        session.user = null;
        return emptyResponse(204);
      },
    });
    const { router, user } = renderApp(PAGE);

    expect(await screen.findByText(/but you are signed in as sam@oakfield.example.sch.uk/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept and join' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Create your account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(PAGE);
    expect(callsTo('POST', '/api/auth/sign-out')).toHaveLength(1);
  });

  it.each([
    ['accepted', 'Already accepted'],
    ['expired', 'This invitation has run out'],
    ['revoked', 'This invitation was withdrawn'],
  ] as const)('says clearly when the invitation is %s', async (status, title) => {
    serve(buildInvitationView({ status }), buildUser({ email: INVITED }));

    renderApp(PAGE);

    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept and join' })).not.toBeInTheDocument();
  });

  it('says the link is not valid when the server does not know it', async () => {
    serve(buildInvitationView(), null, { [INVITATION]: () => errorResponse(404, 'not_found', 'Not found') });

    renderApp(PAGE);

    expect(await screen.findByText(/This invitation link is not valid/)).toBeInTheDocument();
  });
});
