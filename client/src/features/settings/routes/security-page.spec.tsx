import type { CurrentUser, SignInMethods } from '@commonroom/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildSessionSummary, buildUser } from '../../../test/fixtures';
import { emptyResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

type Handlers = Parameters<typeof mockFetch>[0];

const THIS_DEVICE = buildSessionSummary({ device: 'Safari on iPhone', current: true });
const OTHER_DEVICE = buildSessionSummary({ device: 'Firefox on Windows', current: false });
const OIDC_METHOD = {
  id: '2b4f8f7e-3b7a-4a57-9d6c-2f7f9a1c5e01',
  kind: 'oidc' as const,
  provider: 'microsoft',
  providerName: 'Microsoft',
  email: 'sam@oakfield.example.sch.uk',
  linkedAt: '2026-01-02T10:00:00.000Z',
};

/** The security page's server, for `user`, with the given handlers on top. */
function serveSecurity(options: { user?: () => CurrentUser; methods?: SignInMethods; handlers?: Handlers } = {}) {
  const currentUser = options.user ?? (() => buildUser());
  return mockFetch({
    '/api/auth/session': () =>
      jsonResponse(buildSession({ user: currentUser(), providers: [{ id: 'google', name: 'Google' }] })),
    '/api/account/sessions': () => jsonResponse({ items: [THIS_DEVICE, OTHER_DEVICE] }),
    '/api/account/sign-in-methods': () => jsonResponse(options.methods ?? { hasPassword: true, items: [] }),
    '/api/account/security-events': () =>
      jsonResponse({
        items: [
          { id: 'e1', action: 'sign_in', occurredAt: '2026-01-06T15:30:00.000Z', device: 'Safari on iPhone' },
          { id: 'e2', action: 'passkey_added', occurredAt: '2026-01-05T09:00:00.000Z', device: null },
        ],
      }),
    ...options.handlers,
  });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('Security page', () => {
  it('marks this device in the sessions list and signs another device out with DELETE', async () => {
    const { callsTo } = serveSecurity({
      handlers: { [`DELETE /api/account/sessions/${OTHER_DEVICE.id}`]: () => emptyResponse(204) },
    });
    const { user } = renderApp('/settings/security');

    const sessions = within(await screen.findByRole('region', { name: 'Where you are signed in' }));
    const current = (await sessions.findByText('Safari on iPhone')).closest('li') as HTMLElement;
    expect(within(current).getByText('This device')).toBeInTheDocument();
    expect(within(current).queryByRole('button')).not.toBeInTheDocument();

    await user.click(sessions.getByRole('button', { name: 'Sign out Firefox on Windows' }));

    expect(await sessions.findByText('Firefox on Windows has been signed out.')).toBeInTheDocument();
    const [call] = callsTo('DELETE', `/api/account/sessions/${OTHER_DEVICE.id}`);
    expect(call?.headers['x-csrf-token']).toBe('csrf-token-1');
  });

  it('turns two-step sign-in on, shows the recovery codes once, and needs "I have saved these" to finish', async () => {
    let enabled = false;
    const { callsTo } = serveSecurity({
      user: () => buildUser({ twoFactorEnabled: enabled }),
      handlers: {
        'POST /api/account/two-factor/setup': () =>
          jsonResponse({
            secret: 'JBSWY3DPEHPK3PXP',
            otpauthUrl: 'otpauth://totp/Commonroom',
            qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
          }),
        'POST /api/account/two-factor/enable': () => {
          enabled = true;
          return jsonResponse({ codes: ['abcd-efgh-jkmn', 'pqrs-tuvw-xyz2'] });
        },
      },
    });
    const { user } = renderApp('/settings/security');

    await user.click(await screen.findByRole('button', { name: 'Turn on two-step sign-in' }));
    const qr = await screen.findByRole('img', { name: 'QR code that adds Commonroom to your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code from the app', { exact: false }), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    const codes = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['abcd-efgh-jkmn', 'pqrs-tuvw-xyz2']);
    expect(screen.getByText(/Store these safely now/)).toBeInTheDocument();
    expect(callsTo('POST', '/api/account/two-factor/enable').map((call) => call.body)).toEqual([{ code: '123456' }]);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    const acknowledge = screen.getByRole('checkbox', { name: 'I have saved these recovery codes' });
    expect(acknowledge).toHaveFocus();
    expect(screen.getByText('Tick the box to confirm you have saved your recovery codes.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Recovery codes' })).toBeInTheDocument();

    await user.click(acknowledge);
    await user.click(screen.getByRole('button', { name: 'Done' }));

    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(await screen.findByText(/Two-step sign-in is on\./)).toBeInTheDocument();
  });

  it('asks before leaving the page while the recovery codes are not saved', async () => {
    serveSecurity({
      user: () => buildUser({ twoFactorEnabled: true }),
      handlers: { 'POST /api/account/two-factor/recovery-codes': () => jsonResponse({ codes: ['abcd-efgh-jkmn'] }) },
    });
    const { user, router } = renderApp('/settings/security');

    await user.click(await screen.findByRole('button', { name: 'Get new recovery codes' }));
    await screen.findByRole('list', { name: 'Recovery codes' });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Settings' })).getByRole('link', { name: 'Profile' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Have you saved your recovery codes?' });
    expect(router.state.location.pathname).toBe('/settings/security');
    await user.click(within(dialog).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings/profile'));
  });

  it('does not let the only way to sign in be removed, and says why', async () => {
    serveSecurity({
      user: () => buildUser({ hasPassword: false }),
      methods: { hasPassword: false, items: [OIDC_METHOD] },
    });
    renderApp('/settings/security');

    const methods = within(await screen.findByRole('region', { name: 'Ways to sign in' }));
    const remove = await methods.findByRole('button', { name: 'Remove Microsoft' });
    expect(remove).toBeDisabled();
    expect(remove).toHaveAccessibleDescription(
      'You cannot remove this, because it is the only way you can sign in. Add another way first.',
    );
    expect(methods.getByRole('link', { name: 'Link Google' })).toHaveAttribute(
      'href',
      '/api/auth/oidc/google/start?link=1&returnTo=%2Fsettings%2Fsecurity',
    );
  });

  it('removes a linked account when a password is also set', async () => {
    const { callsTo } = serveSecurity({
      methods: { hasPassword: true, items: [OIDC_METHOD] },
      handlers: { [`DELETE /api/account/sign-in-methods/${OIDC_METHOD.id}`]: () => emptyResponse(204) },
    });
    const { user } = renderApp('/settings/security');

    const methods = within(await screen.findByRole('region', { name: 'Ways to sign in' }));
    await user.click(await methods.findByRole('button', { name: 'Remove Microsoft' }));

    expect(
      await methods.findByText('Microsoft has been removed. You can no longer sign in with it.'),
    ).toBeInTheDocument();
    expect(callsTo('DELETE', `/api/account/sign-in-methods/${OIDC_METHOD.id}`)).toHaveLength(1);
  });

  it('changes the password and says other devices have been signed out', async () => {
    const { callsTo } = serveSecurity({ handlers: { 'POST /api/account/password': () => emptyResponse(204) } });
    const { user } = renderApp('/settings/security');

    const password = within(await screen.findByRole('region', { name: 'Password' }));
    await user.type(
      password.getByLabelText('Current password', { exact: false, selector: 'input' }),
      'my old passphrase',
    );
    await user.type(
      password.getByLabelText('New password', { exact: false, selector: 'input' }),
      'a brand new passphrase',
    );
    await user.click(password.getByRole('button', { name: 'Change password' }));

    expect(await password.findByText(/you have been signed out on your other devices/)).toBeInTheDocument();
    expect(callsTo('POST', '/api/account/password').map((call) => call.body)).toEqual([
      { currentPassword: 'my old passphrase', newPassword: 'a brand new passphrase' },
    ]);
  });

  it('lists recent activity in words, and an action it does not know by its name', async () => {
    serveSecurity();
    renderApp('/settings/security');

    const activity = within(await screen.findByRole('region', { name: 'Recent activity' }));
    expect(await activity.findByText('Signed in')).toBeInTheDocument();
    expect(activity.getByText('passkey_added')).toBeInTheDocument();
    // British order ("6 Jan 2026, 15:30"), whatever time zone the tests run in.
    const [first] = section('Recent activity').querySelectorAll('time');
    expect(first).toHaveAttribute('datetime', '2026-01-06T15:30:00.000Z');
    expect(first?.textContent).toMatch(/^\d{1,2} Jan 2026, \d{2}:\d{2}$/);
    expect(section('Recent activity')).toHaveTextContent('Unknown device');
  });
});
