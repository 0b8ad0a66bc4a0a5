import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSession, buildUser } from '../../../test/fixtures';
import { jsonResponse, mockFetch } from '../../../test/mock-fetch';
import { currentSearch, renderApp } from '../../../test/render-app';

describe('Settings access', () => {
  it('sends someone who is signed out to sign in, to come back to the same page', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: null })) });

    const { router } = renderApp('/settings/security');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(currentSearch(router)).toEqual({ returnTo: '/settings/security' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('keeps the token of an email-change link through signing in', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: null })) });

    const { router } = renderApp('/confirm-email?token=tok_0123456789abcdefghijklmnop');

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(currentSearch(router)).toEqual({ returnTo: '/confirm-email?token=tok_0123456789abcdefghijklmnop' });
  });

  it('opens the profile at /settings for someone signed in', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: buildUser() })) });

    const { router } = renderApp('/settings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/profile');
    expect(screen.getByRole('navigation', { name: 'Settings' })).toBeInTheDocument();
    expect(document.title).toBe('Profile · Commonroom');
  });
});
