import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession } from '../../../test/fixtures';
import { errorResponse, jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { renderApp } from '../../../test/render-app';

const TOKEN = 'tok_0123456789abcdefghijklmnop';

function serveVerify(answer: () => Response) {
  return mockFetch({
    '/api/auth/session': () => jsonResponse(buildSession()),
    'POST /api/auth/verify-email': answer,
  });
}

describe('Verify-email page', () => {
  it('uses the link’s token once, even in StrictMode, and then goes to sign-in with the address filled in', async () => {
    const { callsTo } = serveVerify(() => jsonResponse({ message: 'Email confirmed.', email: 'sam@example.org' }));

    const { router } = renderApp(`/verify-email?token=${TOKEN}`, { strict: true });

    expect(
      await screen.findByText('Your email address is confirmed. Enter your password to sign in.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(within(screen.getByRole('main')).getByLabelText('Email address', { exact: false })).toHaveValue(
      'sam@example.org',
    );
    expect(callsTo('POST', '/api/auth/verify-email').map((call) => call.body)).toEqual([{ token: TOKEN }]);
    expect(callsTo('POST', '/api/auth/verify-email')[0]?.headers['x-csrf-token']).toBe('csrf-token-1');
  });

  it('says the link has run out when the server refuses the token', async () => {
    serveVerify(() => errorResponse(400, 'token_invalid', 'Token invalid'));

    renderApp(`/verify-email?token=${TOKEN}`);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has run out or has already been used. Please ask for a new one.',
    );
  });

  it('says the same, without asking the server, when the link has no token', async () => {
    const { callsTo } = serveVerify(() => jsonResponse({ message: 'Email confirmed.', email: 'sam@example.org' }));

    renderApp('/verify-email');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link has run out or has already been used.');
    expect(callsTo('POST', '/api/auth/verify-email')).toHaveLength(0);
  });
});
