import type { CurrentUser } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildOrganisationPage, buildSession, buildUser } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

type Handlers = Parameters<typeof mockFetch>[0];

/** A server whose session shows whoever the sign-in handlers signed in. */
function serveSignIn(handlers: (signInAs: (user: CurrentUser) => CurrentUser) => Handlers) {
  let signedIn: CurrentUser | null = null;
  const signInAs = (user: CurrentUser) => (signedIn = user);
  return mockFetch({
    '/api/auth/session': () =>
      jsonResponse(buildSession({ user: signedIn, providers: [{ id: 'microsoft', name: 'Microsoft' }] })),
    '/api/organisations': () => jsonResponse(buildOrganisationPage([])),
    ...handlers(signInAs),
  });
}

async function enterCredentials(user: ReturnType<typeof renderApp>['user'], email = 'sam@oakfield.example.sch.uk') {
  await user.type(await screen.findByLabelText('Email address', { exact: false }), email);
  await user.type(screen.getByLabelText('Password', { exact: false, selector: 'input' }), 'correct horse battery');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign-in page', () => {
  it('signs in, fetches the session again and goes back to the page in returnTo', async () => {
    const { callsTo } = serveSignIn((signInAs) => ({
      'POST /api/auth/sign-in': () =>
        jsonResponse({ status: 'signed_in', user: signInAs(buildUser({ displayName: 'Sam Mentor' })) }),
    }));
    const { user, router } = renderApp('/sign-in?returnTo=%2Forganisations%3Fkind%3Dhei');

    await enterCredentials(user);

    await waitFor(() => expect(router.state.location.pathname).toBe('/organisations'));
    expect(router.state.location.search).toBe('?kind=hei');
    expect(callsTo('POST', '/api/auth/sign-in').map((call) => call.body)).toEqual([
      { email: 'sam@oakfield.example.sch.uk', password: 'correct horse battery' },
    ]);
    expect(callsTo('GET', '/api/auth/session')).toHaveLength(2);
    expect(await screen.findByRole('button', { name: 'Sam Mentor: account menu' })).toBeInTheDocument();
  });

  it.each(['//evil.example', 'https://evil.example'])('goes home instead of to returnTo=%s', async (returnTo) => {
    serveSignIn((signInAs) => ({
      'POST /api/auth/sign-in': () => jsonResponse({ status: 'signed_in', user: signInAs(buildUser()) }),
    }));
    const { user, router } = renderApp(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);

    await enterCredentials(user);

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('asks for the security code when the account has two-step sign-in, and sends it', async () => {
    const { callsTo } = serveSignIn((signInAs) => ({
      'POST /api/auth/sign-in': () => jsonResponse({ status: 'second_factor_required' }),
      'POST /api/auth/sign-in/second-factor': () => jsonResponse({ status: 'signed_in', user: signInAs(buildUser()) }),
    }));
    const { user, router } = renderApp('/sign-in?returnTo=%2Forganisations');

    await enterCredentials(user);

    expect(await screen.findByRole('heading', { level: 2, name: 'Enter your security code' })).toBeInTheDocument();
    const code = screen.getByRole('textbox', { name: /^Security code/ });
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/organisations'));
    expect(callsTo('POST', '/api/auth/sign-in/second-factor').map((call) => call.body)).toEqual([{ code: '123456' }]);
  });

  it('says when the security code is wrong and keeps it to correct', async () => {
    serveSignIn(() => ({
      'POST /api/auth/sign-in': () => jsonResponse({ status: 'second_factor_required' }),
      'POST /api/auth/sign-in/second-factor': () => errorResponse(401, 'second_factor_invalid', 'Wrong code'),
    }));
    const { user } = renderApp('/sign-in');

    await enterCredentials(user);
    await user.type(await screen.findByRole('textbox', { name: /^Security code/ }), '654321');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right');
    expect(screen.getByRole('textbox', { name: /^Security code/ })).toHaveValue('654321');
  });

  it('says in a sentence that the email and password do not match, with no reference, keeping the email', async () => {
    serveSignIn(() => ({
      'POST /api/auth/sign-in': () => errorResponse(401, 'invalid_credentials', 'Invalid credentials', 'req-pw-1'),
    }));
    const { user, router } = renderApp('/sign-in');

    await enterCredentials(user, 'sam@oakfield.example.sch.uk');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^That email and password do not match\. Check them and try again, or reset your password\.$/,
    );
    // An expected refusal is not a fault: no "Something went wrong", no reference number.
    expect(alert).not.toHaveTextContent('Something went wrong');
    expect(alert).not.toHaveTextContent('req-pw-1');
    expect(screen.getByLabelText('Email address', { exact: false })).toHaveValue('sam@oakfield.example.sch.uk');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('offers to send the confirmation link again when the address is not confirmed yet', async () => {
    const { callsTo } = serveSignIn(() => ({
      'POST /api/auth/sign-in': () => errorResponse(403, 'email_not_verified', 'Email not verified'),
      'POST /api/auth/verification-email': () => jsonResponse({ message: 'We have sent a new link.' }, { status: 202 }),
    }));
    const { user } = renderApp('/sign-in');

    await enterCredentials(user, 'Sam@Oakfield.example.sch.uk');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You need to confirm your email address');
    await user.click(within(alert).getByRole('button', { name: 'Send the confirmation link again' }));

    expect(await within(alert).findByText('We have sent a new link.')).toBeInTheDocument();
    expect(callsTo('POST', '/api/auth/verification-email').map((call) => call.body)).toEqual([
      { email: 'sam@oakfield.example.sch.uk' },
    ]);
  });

  it('explains why signing in through an organisation failed, from the code the server sent back', async () => {
    serveSignIn(() => ({}));
    renderApp('/sign-in?error=oidc_account_exists');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A Commonroom account already uses this email address. Sign in with your password, then link',
    );
  });

  it('offers each identity provider as a full-page link that comes back to returnTo', async () => {
    serveSignIn(() => ({}));
    renderApp('/sign-in?returnTo=%2Forganisations');

    expect(await screen.findByRole('link', { name: 'Sign in with Microsoft' })).toHaveAttribute(
      'href',
      '/api/auth/oidc/microsoft/start?returnTo=%2Forganisations',
    );
  });

  it('explains a failed identity-provider sign-in that the server sent back as ?error=', async () => {
    serveSignIn(() => ({}));
    renderApp('/sign-in?error=forbidden');

    expect(await screen.findByRole('alert')).toHaveTextContent('You do not have permission to do that.');
  });

  it('links to "forgotten password" and "create an account"', async () => {
    serveSignIn(() => ({}));
    renderApp('/sign-in');

    expect(await screen.findByRole('link', { name: 'Forgotten your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up');
    expect(document.title).toBe('Sign in · Commonroom');
  });
});

describe('Signing out', () => {
  it('signs out from the account menu, goes home and shows "Sign in" again', async () => {
    let signedIn: CurrentUser | null = buildUser({ displayName: 'Sam Mentor' });
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: signedIn })),
      '/api/organisations': () => jsonResponse(buildOrganisationPage([])),
      'POST /api/auth/sign-out': () => {
        signedIn = null;
        return emptyResponse(204);
      },
    });
    const { user, router } = renderApp('/organisations');

    await user.click(await screen.findByRole('button', { name: 'Sam Mentor: account menu' }));
    expect(await screen.findByRole('menuitem', { name: 'Settings' })).toHaveAttribute('href', '/settings');
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    // Signing out takes the person home; there the "Sign in" link needs no way back.
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    // The header's link exists before and after the navigation; wait until it has re-rendered for
    // home (the signed-out home has its own "Sign in" too).
    const header = screen.getByRole('banner');
    await waitFor(() =>
      expect(within(header).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in'),
    );
    expect(callsTo('POST', '/api/auth/sign-out')[0]?.headers['x-csrf-token']).toBe('csrf-token-1');
  });
});

describe('The sign-in form', () => {
  it('shows one password box with a show/hide control a keyboard reaches', async () => {
    serveSignIn(() => ({}));
    const { user } = renderApp('/sign-in');

    const password = await screen.findByLabelText('Password', { exact: false, selector: 'input' });
    expect(document.querySelectorAll('input[type="password"], input[autocomplete="current-password"]')).toHaveLength(1);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    expect(toggle).not.toHaveAttribute('tabindex', '-1');
    await user.type(password, 'secret words');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'text');
    await user.click(toggle);
    expect(password).toHaveAttribute('type', 'password');
  });

  it('after the email link, fills in the confirmed address, and says so', async () => {
    serveSignIn(() => ({
      'POST /api/auth/verify-email': () =>
        jsonResponse({ message: 'Confirmed.', email: 'sam@oakfield.example.sch.uk' }),
    }));
    const { router } = renderApp('/verify-email?token=tok_0123456789abcdefghijklmnop');

    expect(
      await screen.findByText('Your email address is confirmed. Enter your password to sign in.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByLabelText('Email address', { exact: false })).toHaveValue('sam@oakfield.example.sch.uk');
    expect(screen.getByLabelText('Password', { exact: false, selector: 'input' })).toHaveValue('');
  });
});
