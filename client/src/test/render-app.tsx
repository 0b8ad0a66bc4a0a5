import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/providers';
import { appRoutes } from '../app/routes';

/**
 * The app's routes with every screen already loaded (`lazyScreen` resolved once, here), so a test
 * sees its screen on the first render, as it would once the chunks are cached. Loading screens on
 * demand is the browser tier's to check (every journey in e2e/ loads them), and routes.spec.tsx's.
 */
async function loaded(routes: RouteObject[]): Promise<RouteObject[]> {
  return Promise.all(
    routes.map(async ({ lazy, children, ...route }) => {
      const screen = typeof lazy === 'function' ? await lazy() : {};
      return { ...route, ...screen, ...(children ? { children: await loaded(children) } : {}) } as RouteObject;
    }),
  );
}
const routes = await loaded(appRoutes);

interface RenderAppOptions {
  /** Renders inside <StrictMode>, as `main.tsx` does, to catch effects that run twice. */
  strict?: boolean;
}

/**
 * Renders the whole app (real routes, providers and shell) at `path`, with a memory router the
 * test can inspect (`router.state.location`) and a query client that never retries.
 */
export function renderApp(path: string, options: RenderAppOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const app = (
    <AppProviders queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProviders>
  );
  const view = render(options.strict ? <StrictMode>{app}</StrictMode> : app);
  return { ...view, router, user, queryClient };
}

/** The current query string as an object, for asserting what the UI wrote to the URL. */
export function currentSearch(router: ReturnType<typeof createMemoryRouter>): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(router.state.location.search));
}
