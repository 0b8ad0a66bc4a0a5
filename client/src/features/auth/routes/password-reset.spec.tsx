import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession } from '../../../test/fixtures';
import { emptyResponse, errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const TOKEN = 'tok_0123456789abcdefghijklmnop';

describe('Forgotten password', () => {
  it('asks for a link and says to check email, whatever the address', async () => {
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession()),
      'POST /api/auth/password-reset': () =>
        jsonResponse({ message: 'If the address has an account, we have sent a link.' }, { status: 202 }),
    });
    const { user } = renderApp('/forgot-password');

    await user.type(await screen.findByLabelText('Email address', { exact: false }), 'sam@oakfield.example.sch.uk');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('heading', { name: 'Check your email' })).toHaveFocus();
    expect(screen.getByText('If the address has an account, we have sent a link.')).toBeInTheDocument();
    expect(callsTo('POST', '/api/auth/password-reset').map((call) => call.body)).toEqual([
      { email: 'sam@oakfield.example.sch.uk' },
    ]);
  });
});

describe('Reset-password page', () => {
  it('sets the new password with the link’s token, then offers to sign in', async () => {
    const { callsTo } = mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession()),
      'POST /api/auth/password-reset/confirm': () => emptyResponse(204),
    });
    const { user } = renderApp(`/reset-password?token=${TOKEN}`);

    const password = await screen.findByLabelText('New password', { exact: false, selector: 'input' });
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    await user.type(password, 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByText('Your password has been changed. Sign in with your new password.'),
    ).toBeInTheDocument();
    expect(callsTo('POST', '/api/auth/password-reset/confirm').map((call) => call.body)).toEqual([
      { token: TOKEN, password: 'a brand new passphrase' },
    ]);
  });

  it('offers a new link when the token has run out', async () => {
    mockFetch({
      '/api/auth/session': () => jsonResponse(buildSession()),
      'POST /api/auth/password-reset/confirm': () => errorResponse(400, 'token_invalid', 'Token invalid'),
    });
    const { user } = renderApp(`/reset-password?token=${TOKEN}`);

    await user.type(
      await screen.findByLabelText('New password', { exact: false, selector: 'input' }),
      'a brand new passphrase',
    );
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This link has run out'));
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });
});
