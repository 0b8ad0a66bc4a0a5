import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

describe('Profile page', () => {
  it('saves a new display name and shows it in the header', async () => {
    const user = buildUser({ displayName: 'Sam Mentor' });
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user })),
      'PATCH /api/account/profile': (_url, request) =>
        jsonResponse({ ...user, ...(request.body as { displayName: string }) }),
    });
    const { user: person } = renderApp('/settings/profile');

    const name = await screen.findByLabelText('Display name', { exact: false });
    await person.clear(name);
    await person.type(name, '  Sam Taylor ');
    await person.click(screen.getByRole('button', { name: 'Save name' }));

    expect(await screen.findByText('Your name has been saved.')).toBeInTheDocument();
    expect(callsTo('PATCH', '/api/account/profile').map((call) => call.body)).toEqual([{ displayName: 'Sam Taylor' }]);
    expect(screen.getByRole('button', { name: 'Sam Taylor: account menu' })).toBeInTheDocument();
  });

  it('asks for the current password to change the email address, then shows the server’s message', async () => {
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser({ hasPassword: true }) })),
      'POST /api/account/email': () =>
        jsonResponse({ message: 'We have sent a link to your new address.' }, { status: 202 }),
    });
    const { user } = renderApp('/settings/profile');

    await user.type(await screen.findByLabelText('New email address', { exact: false }), 'sam@newschool.example.org');
    await user.click(screen.getByRole('button', { name: 'Change email address' }));

    const current = screen.getByLabelText('Current password', { exact: false, selector: 'input' });
    await waitFor(() => expect(current).toHaveFocus());
    expect(current).toHaveAccessibleDescription(expect.stringContaining('Enter your current password.'));
    expect(callsTo('POST', '/api/account/email')).toHaveLength(0);

    await user.type(current, 'my old passphrase');
    await user.click(screen.getByRole('button', { name: 'Change email address' }));

    expect(await screen.findByText('We have sent a link to your new address.')).toBeInTheDocument();
    expect(callsTo('POST', '/api/account/email').map((call) => call.body)).toEqual([
      { newEmail: 'sam@newschool.example.org', currentPassword: 'my old passphrase' },
    ]);
  });
});
