import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from './providers';
import { RouteErrorPage } from './route-error-page';

function BrokenScreen(): never {
  throw new Error('Cannot read properties of undefined');
}

describe('RouteErrorPage', () => {
  it('replaces a screen that crashed with an apology and a way home, never the raw error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter([{ path: '/', element: <BrokenScreen />, errorElement: <RouteErrorPage /> }]);

    render(
      <AppProviders queryClient={new QueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, this page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();
    expect(document.title).toBe('Something went wrong · Commonroom');
  });
});
