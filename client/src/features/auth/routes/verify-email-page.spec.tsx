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
  it('uses the link’s token once, even in StrictMode, and then offers to sign in', async () => {
    const { callsTo } = serveVerify(() => jsonResponse({ message: 'Email confirmed.' }));

    renderApp(`/verify-email?token=${TOKEN}`, { strict: true });

    expect(await screen.findByText('Your email address is confirmed. You can now sign in.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
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
    const { callsTo } = serveVerify(() => jsonResponse({ message: 'Email confirmed.' }));

    renderApp('/verify-email');

    expect(await screen.findByRole('alert')).toHaveTextContent('This link has run out or has already been used.');
    expect(callsTo('POST', '/api/auth/verify-email')).toHaveLength(0);
  });
});
