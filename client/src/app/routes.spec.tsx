import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildSession } from '../test/fixtures';
import { jsonResponse, mockFetch } from '../test/mock-fetch';
import { AppProviders } from './providers';
import { appRoutes } from './routes';

// Every other test renders the routes with their screens loaded up front (test/render-app.tsx);
// this one keeps them as the browser gets them, loaded with their route.
describe('screens loaded with their route', () => {
  it('draws the shell at once, says the screen is loading inside <main>, then shows the screen', async () => {
    mockFetch({ '/api/auth/session': () => jsonResponse(buildSession({ user: null })) });
    const router = createMemoryRouter(appRoutes, { initialEntries: ['/sign-in'] });

    render(
      <AppProviders queryClient={new QueryClient()} mantineEnv="test">
        <RouterProvider router={router} />
      </AppProviders>,
    );

    const main = screen.getByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(await within(main).findByLabelText('Email address', { exact: false })).toBeInTheDocument();
    expect(within(main).queryByText('Loading…')).not.toBeInTheDocument();
  });
});
